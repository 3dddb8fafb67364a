using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Events;

/// <summary>
/// Remembers a filed dossier: its lead becomes the laureate team if the jury selects it, and its theme and
/// territories feed the peer connections.
/// </summary>
public sealed class DossierSubmittedConsumer(AccompanimentDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSubmitted, AccompanimentDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken)
    {
        var row = await Db.Dossiers.SingleOrDefaultAsync(d => d.DossierId == message.DossierId, cancellationToken);
        if (row is null)
        {
            row = new DossierRow { DossierId = message.DossierId };
            Db.Dossiers.Add(row);
        }
        row.ProgrammeId = message.ProgrammeId;
        row.Reference = message.Reference;
        row.Title = message.Title;
        row.Theme = message.Theme;
        row.Territories = [.. message.Territories];
        row.LeadId = message.SubmittedBy;
        row.ContactEmail = message.ContactEmail;
    }
}
