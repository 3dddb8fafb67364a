using System.Collections.Frozen;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;

namespace Defis.Notification.Events;

/// <summary>
/// The integration events this service consumes, found from its consumers (so the list cannot drift):
/// the consumers to register, and the event type names a webhook may subscribe to.
/// </summary>
public static class ConsumedEvents
{
    public static IReadOnlyList<Type> Consumers { get; } = typeof(ConsumedEvents).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && EventOf(t) is not null).OrderBy(t => t.Name).ToList();

    public static FrozenSet<string> Names { get; } = Consumers.Select(c => EventOf(c)!.Name).ToFrozenSet(StringComparer.Ordinal);

    private static Type? EventOf(Type consumer) =>
        consumer.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(IdempotentConsumer<,>) &&
        b.GetGenericArguments()[1] == typeof(NotificationDbContext) ? b.GetGenericArguments()[0] : null;
}
