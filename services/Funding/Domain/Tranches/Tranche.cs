namespace Defis.Funding.Domain;

/// <summary>One payment of a grant. Its amount is fixed when paid; until then an adjustment of the grant may re-split it.</summary>
public sealed class Tranche(int number, TrancheTerm term, Money amount)
{
    /// <summary>For EF Core, which sets every property from the stored row.</summary>
    private Tranche()
        : this(0, new TrancheTerm(TrancheTerm.WholeGrant, TrancheTrigger.Manual), Money.Zero)
    {
    }

    public int Number { get; } = number;

    public int ShareBasisPoints { get; } = term.ShareBasisPoints;

    public TrancheTrigger Trigger { get; } = term.Trigger;

    public string? Milestone { get; } = term.Milestone?.Trim();

    public Money Amount { get; internal set; } = amount;

    public TrancheStatus Status { get; internal set; } = TrancheStatus.Scheduled;

    public DateTimeOffset? ReleasedAt { get; internal set; }

    public bool IsScheduled => Status == TrancheStatus.Scheduled;

    /// <summary>Milestone names come from another service and from people: compared without regard to case.</summary>
    public bool WaitsFor(string milestone) =>
        IsScheduled && Trigger == TrancheTrigger.Milestone && string.Equals(Milestone, milestone.Trim(), StringComparison.OrdinalIgnoreCase);
}
