using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

/// <summary>
/// The money of one programme. Invariant: committed ≤ total, and per phase committed ≤ allocation
/// when an allocation is set; paid out ≤ committed.
/// Under concurrency the domain decides on the state it was given; persistence must make that state
/// current: a version column checked on update (optimistic, then retry the command) or
/// <c>SELECT … FOR UPDATE</c> on the envelope row. A database CHECK (committed &lt;= total) is the last guard.
/// </summary>
public sealed class Envelope
{
    /// <summary>Commitment levels, in percent of the total, that partners are told about once each.</summary>
    private static readonly int[] ThresholdPercents = [80, 95];

    public static IReadOnlyList<int> Thresholds => ThresholdPercents;

    private readonly List<PhaseLedger> _phases;

    /// <summary>For EF Core, which fills the properties and the phase ledgers from the stored rows.</summary>
    private Envelope()
    {
        _phases = [];
    }

    private Envelope(Guid programmeId, Money total, List<PhaseLedger> phases)
    {
        ProgrammeId = programmeId;
        Total = total;
        _phases = phases;
    }

    public Guid ProgrammeId { get; }

    public Money Total { get; }

    public Money Committed { get; private set; }

    public Money Disbursed { get; private set; }

    /// <summary>The highest threshold already announced (0 when none); never goes down, so each is announced once.</summary>
    public int HighestThresholdReported { get; private set; }

    public IReadOnlyList<PhaseLedger> Phases => _phases;

    public Money Remaining => Total - Committed;

    public static Envelope Open(Guid programmeId, Money total, IReadOnlyDictionary<Phase, Money>? allocations = null)
    {
        var violations = new FieldViolations().PositiveAmount("total", total);
        foreach (var (phase, allocation) in allocations ?? new Dictionary<Phase, Money>())
        {
            violations.PositiveAmount($"allocations[{phase}]", allocation);
        }
        violations.ThrowIfAny();
        // Summed in 128 bits: many large allocations must be refused, not overflow.
        var allocated = (allocations?.Values ?? []).Aggregate((Int128)0, (sum, a) => sum + a.Cents);
        if (allocated > total.Cents)
        {
            violations.Add("allocations", $"La somme des allocations par phase dépasse l'enveloppe ({total.ToFrench()}).").ThrowIfAny();
        }
        var phases = Enum.GetValues<Phase>().Select(p => new PhaseLedger(p, allocations?.TryGetValue(p, out var a) == true ? a : null)).ToList();
        return new(programmeId, total, phases);
    }

    /// <summary>A plain loop over three phases: this sits on the hot commit path and must not allocate.</summary>
    public PhaseLedger Ledger(Phase phase)
    {
        foreach (var ledger in _phases)
        {
            if (ledger.Phase == phase)
            {
                return ledger;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(phase), phase, "Unknown phase.");
    }

    /// <summary>What may still be committed for a phase: the smaller of the envelope's and the allocation's room.</summary>
    public Money RoomFor(Phase phase)
    {
        var ledger = Ledger(phase);
        return ledger.Allocation is { } allocation ? Money.Min(Remaining, allocation - ledger.Committed) : Remaining;
    }

    /// <summary>Null when <paramref name="amount"/> fits; else why not, in French. Compares without adding, so no amount can overflow it.</summary>
    public PreconditionViolation? CheckRoom(Phase phase, Money amount)
    {
        var ledger = Ledger(phase);
        if (amount > Remaining)
        {
            return new("ENVELOPE", "envelope", $"L'enveloppe du programme n'a plus que {Remaining.ToFrench()} disponibles ; {amount.ToFrench()} demandés.");
        }
        if (ledger.Allocation is { } allocation && amount > allocation - ledger.Committed)
        {
            return new("PHASE_ALLOCATION", $"allocations[{phase}]",
                $"L'allocation de la phase {phase.InFrench()} n'a plus que {(allocation - ledger.Committed).ToFrench()} disponibles ; {amount.ToFrench()} demandés.");
        }
        return null;
    }

    /// <summary>Commits money and returns the thresholds this commitment crossed for the first time.</summary>
    internal IReadOnlyList<int> Commit(Phase phase, Money amount)
    {
        RequireNonNegative(amount);
        if (CheckRoom(phase, amount) is { } violation)
        {
            throw new PreconditionFailedException([violation]);
        }
        var ledger = Ledger(phase);
        ledger.Committed += amount;
        Committed += amount;
        return NewlyCrossedThresholds();
    }

    /// <summary>Gives committed but unpaid money back (cancellation, downward adjustment).</summary>
    internal void Release(Phase phase, Money amount)
    {
        RequireNonNegative(amount);
        var ledger = Ledger(phase);
        if (amount > ledger.Committed - ledger.Disbursed)
        {
            throw new InvalidOperationException("Cannot release money that is not committed or already paid out.");
        }
        ledger.Committed -= amount;
        Committed -= amount;
    }

    internal void Disburse(Phase phase, Money amount)
    {
        RequireNonNegative(amount);
        var ledger = Ledger(phase);
        if (amount > ledger.Committed - ledger.Disbursed)
        {
            throw new InvalidOperationException("Cannot pay out more than is committed.");
        }
        ledger.Disbursed += amount;
        Disbursed += amount;
    }

    public EnvelopeConsumption Consumption() => new(Total, Committed, Disbursed, Remaining,
        _phases.Select(p => new PhaseConsumption(p.Phase, p.Allocation, p.Committed, p.Disbursed, RoomFor(p.Phase))).ToList());

    private IReadOnlyList<int> NewlyCrossedThresholds()
    {
        List<int>? crossed = null;
        foreach (var percent in ThresholdPercents)
        {
            // committed / total ≥ percent / 100, in 128-bit integers: exact and overflow-free.
            if (percent > HighestThresholdReported && (Int128)Committed.Cents * 100 >= (Int128)Total.Cents * percent)
            {
                (crossed ??= []).Add(percent);
                HighestThresholdReported = percent;
            }
        }
        // Not `crossed ?? []`: that `[]` would be typed List<int> and allocate on every commit.
        return crossed is null ? Array.Empty<int>() : crossed;
    }

    private static void RequireNonNegative(Money amount)
    {
        if (amount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), "Envelope movements are non-negative.");
        }
    }
}
