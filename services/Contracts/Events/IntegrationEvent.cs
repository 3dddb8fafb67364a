namespace Defis.Contracts.Events;

/// <summary>
/// What every integration event carries. Events are past-tense records; the versioning rule is in
/// docs/decisions/0002-integration-event-versioning.md.
/// </summary>
public abstract record IntegrationEvent
{
    /// <summary>Unique id of this event; also the broker MessageId, which consumers de-duplicate on.</summary>
    public Guid EventId { get; init; } = Guid.CreateVersion7();

    public required DateTimeOffset OccurredAt { get; init; }

    /// <summary>Schema version of the event type; raised only for a breaking change, which also gets a new type.</summary>
    public int SchemaVersion { get; init; } = 1;

    /// <summary>The aggregate whose state change this event announces; events of one aggregate are published in order.</summary>
    public abstract Guid AggregateId { get; }
}
