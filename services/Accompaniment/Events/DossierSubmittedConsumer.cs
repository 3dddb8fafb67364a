using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.Events;

/// <summary>
/// Remembers a filed dossier: its lead becomes the laureate team if the jury selects it, its co-editors read the plan
/// with the lead (<see cref="DossierTeams"/>), and its theme and territories feed the peer connections. A selection
/// that arrived first and waited for it opens its plan now, under the same locks as the selection
/// (<see cref="PlanOutcomes"/>). A dossier already purged (decision 0032) is kept anonymous, its co-editors unheard.
/// </summary>
public sealed class DossierSubmittedConsumer(AccompanimentDbContext db, TimeProvider time, ILogger<DossierSubmittedConsumer> logger)
    : IdempotentConsumer<DossierSubmitted, AccompanimentDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken)
    {
        await Db.LockProgrammeAsync(message.ProgrammeId, cancellationToken);
        await Db.LockDossierAsync(message.DossierId, cancellationToken);
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
        if (await Db.PurgedDossiers.AnyAsync(p => p.DossierId == message.DossierId, cancellationToken))
        {
            // Arriving after the purge (a late redelivery): the dossier is counted, its people are not kept.
            row.Forget();
        }
        await Db.HearTeamAsync(message.DossierId, message.CoEditorEmails, message.OccurredAt, cancellationToken);
        await Db.ResumeWaitingAsync(message.ProgrammeId, message.DossierId, logger, Time.GetUtcNow(), cancellationToken);
    }
}
