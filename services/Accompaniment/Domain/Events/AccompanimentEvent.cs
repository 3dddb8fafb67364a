namespace Defis.Accompaniment.Domain.Events;

/// <summary>Identity, time and author of one domain event.</summary>
public sealed record EventHeader(Guid EventId, DateTimeOffset OccurredAt, string Actor)
{
    internal static EventHeader For(Access.Change change) => new(Guid.CreateVersion7(change.Now), change.Now, change.By.UserId);
}

/// <summary>
/// A state change of the Accompaniment domain. These are domain records; the service maps them to
/// integration events in the contracts project and writes them to its outbox in the same transaction.
/// </summary>
public abstract record AccompanimentEvent(EventHeader Header);
