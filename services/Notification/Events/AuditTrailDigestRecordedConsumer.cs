using Defis.Contracts.Events;
using Defis.Notification.Delivery;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Defis.Notification.Events;

/// <summary>
/// Carries each service's daily audit digest out of the platform's databases: to the programme team's mailboxes
/// (<see cref="AuditDigestOptions"/>; Notification learns of no staff member from events) and to the webhooks
/// subscribed to it, once.
/// </summary>
public sealed class AuditTrailDigestRecordedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, IOptions<AuditDigestOptions> options)
    : IdempotentConsumer<AuditTrailDigestRecorded, NotificationDbContext>(db, time)
{
    protected override Task HandleAsync(AuditTrailDigestRecorded message, ConsumeContext<AuditTrailDigestRecorded> context, CancellationToken cancellationToken) =>
        notifier.NotifyAsync(message, Templates.AuditTrailDigest(message.Service, message.Day, message.Position, message.Hash),
            options.Value.Recipients.Select(address => new Recipient(null, address)), cancellationToken);
}
