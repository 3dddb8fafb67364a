using System.Collections.Frozen;

namespace Defis.Contracts.Events;

/// <summary>Every integration event type of the platform, by its stable name (the type's full name).</summary>
public static class IntegrationEventTypes
{
    private static readonly FrozenDictionary<string, Type> ByName = typeof(IntegrationEvent).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(IntegrationEvent)))
        .ToFrozenDictionary(t => t.FullName!, StringComparer.Ordinal);

    public static IReadOnlyCollection<Type> All => ByName.Values;

    public static string NameOf(Type eventType) => eventType.FullName!;

    public static Type Resolve(string name) =>
        ByName.TryGetValue(name, out var type) ? type : throw new InvalidOperationException($"Unknown integration event type '{name}'.");
}
