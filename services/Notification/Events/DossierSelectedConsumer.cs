using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>The decision letter (mandatory notice) to the dossier's team (lead and co-editors), known from its earlier events.</summary>
public sealed class DossierSelectedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DossierSelected, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSelected message, ConsumeContext<DossierSelected> context, CancellationToken cancellationToken)
    {
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var letter = Templates.Selected(message.Reference, programme, message.Phase, message.Rationale, message.CorrectsDecisionId is not null);
        var pdf = DecisionLetters.For(message, message.Reference, message.ProgrammeCode, message.Rationale, message.CorrectsDecisionId, dossier, programme, Time.GetUtcNow());
        await notifier.NotifyAsync(message, letter, Projections.TeamOf(dossier), cancellationToken, pdf);
    }
}
