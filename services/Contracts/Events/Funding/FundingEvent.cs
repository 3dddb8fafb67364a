namespace Defis.Contracts.Events;

/// <summary>
/// Base of every funding event: the public contract partner ministries follow (docs/contracts/funding-events.md).
/// Besides its own exchange, each funding event reaches the <see cref="ExchangeName"/> fanout exchange through
/// this base type, where a ministry binds its own durable queue. <see cref="Sequence"/> numbers a programme's
/// funding events 1, 2, 3… without gaps; the replay API serves them again from any number.
/// </summary>
public abstract record FundingEvent : IntegrationEvent
{
    /// <summary>The exchange every funding event is routed to (fanout, durable).</summary>
    public const string ExchangeName = "defis.funding.events";

    public Guid ProgrammeId { get; init; }

    /// <summary>Position in the programme's funding events: 1, 2, 3… with no gap and no repeat.</summary>
    public long Sequence { get; init; }

    /// <summary>Who caused the change: a user id, or the author of the event that triggered it.</summary>
    public string Actor { get; init; } = "";

    /// <summary>The programme: its events are published in sequence order.</summary>
    public override Guid AggregateId => ProgrammeId;
}
