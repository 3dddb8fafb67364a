using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Remembers the call's title so that messages name the programme; partners may subscribe to it.</summary>
public sealed class ProgrammePublishedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<ProgrammePublished, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(ProgrammePublished message, ConsumeContext<ProgrammePublished> context, CancellationToken cancellationToken)
    {
        await projections.RememberProgrammeAsync(message.Code, message.Title, cancellationToken);
        await notifier.CallWebhooksAsync(message, cancellationToken);
    }
}
