namespace Defis.Testing;

/// <summary>
/// Real time moved by an offset a test sets: "the closing time has passed" without waiting for it, while timers,
/// delays and the outbox relay keep running on real time (a frozen fake clock would stop them).
/// </summary>
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
