using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Accompaniment.Events;

/// <summary>
/// The jury's newest verdict does not select the dossier for a phase: its support plan, if one was opened, is closed.
/// Arriving before the selection it corrects, it is kept, so that older selection opens nothing when it comes.
/// </summary>
public sealed class DossierNotSelectedConsumer(AccompanimentDbContext db, TimeProvider time, ILogger<DossierNotSelectedConsumer> logger)
    : IdempotentConsumer<DossierNotSelected, AccompanimentDbContext>(db, time)
{
    protected override Task HandleAsync(DossierNotSelected message, ConsumeContext<DossierNotSelected> context, CancellationToken cancellationToken) =>
        Db.ApplyAsync(JuryVerdictRow.Of(message), logger, Time.GetUtcNow(), cancellationToken);
}
