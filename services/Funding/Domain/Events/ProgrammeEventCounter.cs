namespace Defis.Funding.Domain.Events;

/// <summary>
/// Numbers a programme's funding events 1, 2, 3… without gaps, so that a partner ministry can tell it
/// missed one. The domain assigns the next number only after a change has passed every check, so a
/// refused command consumes none.
/// Persistence must keep it gap-free under concurrency: store <see cref="LastSequence"/> in a row per
/// programme and save it in the same transaction as the state change and its outbox rows, with a
/// conditional update (<c>WHERE last_sequence = @read</c>) or a row lock; a lost race retries the whole
/// command. A rolled-back transaction then gives its numbers back.
/// </summary>
public sealed class ProgrammeEventCounter(Guid programmeId, long lastSequence = 0)
{
    public Guid ProgrammeId { get; } = programmeId;

    public long LastSequence { get; private set; } = lastSequence >= 0
        ? lastSequence
        : throw new ArgumentOutOfRangeException(nameof(lastSequence));

    internal EventHeader Next(string actor, DateTimeOffset now)
    {
        LastSequence = checked(LastSequence + 1);
        return new(Guid.CreateVersion7(now), ProgrammeId, LastSequence, now, actor);
    }
}
