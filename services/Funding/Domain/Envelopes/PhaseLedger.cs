namespace Defis.Funding.Domain;

/// <summary>One phase's share of an envelope: an optional allocation, and what is committed and paid out of it.</summary>
public sealed class PhaseLedger(Phase phase, Money? allocation)
{
    public Phase Phase { get; } = phase;

    /// <summary>When set, commitments for this phase never exceed it; when null, only the envelope total binds.</summary>
    public Money? Allocation { get; } = allocation;

    public Money Committed { get; internal set; }

    public Money Disbursed { get; internal set; }
}
