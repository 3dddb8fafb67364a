using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// Reminds the panel's presidents (inbox, and email where an earlier event gave their address) that a decision
/// falls due. The programme staff are not reached: Notification learns of no staff member from any event, and
/// guessing them is not allowed; they see the instruction clock in their own views.
/// </summary>
public sealed class DecisionDueSoonConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DecisionDueSoon, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DecisionDueSoon message, ConsumeContext<DecisionDueSoon> context, CancellationToken cancellationToken)
    {
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var presidents = await projections.UsersAsync(message.PresidentUserIds, cancellationToken);
        await notifier.NotifyAsync(message, Templates.DecisionDueSoon(message.Reference, programme, message.DueBy), presidents, cancellationToken);
    }
}
