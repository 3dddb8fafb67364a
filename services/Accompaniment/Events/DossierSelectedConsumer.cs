using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Accompaniment.Events;

/// <summary>
/// The jury selected a dossier for a phase: its support plan opens (the least-loaded coach of the programme's pool,
/// the phase's duration, its template milestones), or reopens if a taken-back selection had closed it. A dossier not
/// filed yet, or a programme without coaches, leaves the selection waiting, never failing (<see cref="PlanOutcomes"/>).
/// </summary>
public sealed class DossierSelectedConsumer(AccompanimentDbContext db, TimeProvider time, ILogger<DossierSelectedConsumer> logger)
    : IdempotentConsumer<DossierSelected, AccompanimentDbContext>(db, time)
{
    protected override Task HandleAsync(DossierSelected message, ConsumeContext<DossierSelected> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(JuryVerdictRow.Of(message), logger, Time.GetUtcNow(), cancellationToken);
}
