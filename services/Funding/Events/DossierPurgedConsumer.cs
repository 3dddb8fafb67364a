using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Funding.Events;

/// <summary>
/// Submission purged a dossier (decision 0032): Funding forgets its people (<see cref="DossierPurges"/>) and records the
/// purge, even for a dossier it does not know yet, so that a DossierSubmitted arriving later brings no one back.
/// </summary>
public sealed class DossierPurgedConsumer(FundingDbContext db, TimeProvider time) : IdempotentConsumer<DossierPurged, FundingDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierPurged message, ConsumeContext<DossierPurged> context, CancellationToken cancellationToken)
    {
        // The dossier's lock, as DossierSubmitted takes it: the two never both miss each other.
        await Db.LockDossierAsync(message.DossierId, cancellationToken);
        if (await Db.IsPurgedAsync(message.DossierId, cancellationToken))
        {
            return;
        }
        Db.PurgedDossiers.Add(new PurgedDossier { DossierId = message.DossierId, PurgedAt = Time.GetUtcNow(), Reason = message.Reason });
        if (await Db.Dossiers.FindAsync([message.DossierId], cancellationToken) is { } dossier)
        {
            await Db.ForgetAsync(dossier, cancellationToken);
        }
        await Db.ForgetDeclarantsAsync(message.DossierId, cancellationToken);
        await Db.ForgetTeamAsync(message.DossierId, cancellationToken);
    }
}
