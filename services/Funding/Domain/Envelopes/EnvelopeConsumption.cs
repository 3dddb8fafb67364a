namespace Defis.Funding.Domain;

/// <summary>What a programme's money has become: committed, paid out, still free; in total and per phase.</summary>
public sealed record EnvelopeConsumption(Money Total, Money Committed, Money Disbursed, Money Remaining, IReadOnlyList<PhaseConsumption> Phases);

/// <summary><paramref name="Remaining"/> is what may still be committed for the phase (its allocation and the envelope both bind).</summary>
public sealed record PhaseConsumption(Phase Phase, Money? Allocation, Money Committed, Money Disbursed, Money Remaining);
