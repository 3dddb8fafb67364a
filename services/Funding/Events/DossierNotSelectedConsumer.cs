using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Funding.Events;

/// <summary>
/// The jury's newest outcome does not select the dossier for a phase: a proposed grant is withdrawn, a committed one
/// is flagged for finance and pays nothing more. Arriving before the selection it corrects, it is kept, so the older
/// selection changes nothing when it comes (<see cref="JuryOutcomes"/>).
/// </summary>
public sealed class DossierNotSelectedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierNotSelected, FundingDbContext>(db, time)
{
    protected override Task HandleAsync(DossierNotSelected message, ConsumeContext<DossierNotSelected> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(JuryOutcome.Of(message, recommendedGrantCents: null), Time.GetUtcNow(), cancellationToken);
}
