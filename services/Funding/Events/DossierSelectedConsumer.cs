using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Funding.Events;

/// <summary>
/// The jury selected the dossier for a phase: a grant is proposed (the jury's recommended amount, else the phase
/// default) once Funding also knows the dossier; a phase the programme does not fund gets none. A redelivery, or an
/// outcome older than the one known, changes nothing (<see cref="JuryOutcomes"/>).
/// </summary>
public sealed class DossierSelectedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSelected, FundingDbContext>(db, time)
{
    protected override Task HandleAsync(DossierSelected message, ConsumeContext<DossierSelected> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(JuryOutcome.Of(message, message.RecommendedGrantCents), Time.GetUtcNow(), cancellationToken);
}
