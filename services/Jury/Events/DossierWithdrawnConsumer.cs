using Defis.Contracts.Events;
using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.Events;

/// <summary>A withdrawn dossier leaves the competition: out of plans, rankings and decisions, and its reviewers are released.</summary>
public sealed class DossierWithdrawnConsumer(JuryDbContext db, TimeProvider time) : IdempotentConsumer<DossierWithdrawn, JuryDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierWithdrawn message, ConsumeContext<DossierWithdrawn> context, CancellationToken cancellationToken)
    {
        var dossier = await Db.Dossiers.SingleOrDefaultAsync(d => d.Id == message.DossierId, cancellationToken);
        if (dossier is null || dossier.WithdrawnAt is not null)
        {
            return;
        }
        var now = Time.GetUtcNow();
        dossier.WithdrawnAt = now;
        var panels = await Db.Panels.AsNoTracking().Where(p => p.ProgrammeCode == dossier.ProgrammeCode).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var panelId in panels)
        {
            if (await Db.LockedBookAsync(panelId, exclusive: true, cancellationToken) is { } book)
            {
                book.WithdrawDossier(dossier.Id, "Dossier retiré par son équipe.", Actor.JuryService, now);
            }
        }
    }
}
