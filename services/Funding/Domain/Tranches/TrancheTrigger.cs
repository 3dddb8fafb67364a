namespace Defis.Funding.Domain;

/// <summary>What makes a tranche payable.</summary>
public enum TrancheTrigger
{
    /// <summary>Paid as soon as the grant is committed.</summary>
    AtCommitment = 1,

    /// <summary>Paid automatically when the named milestone is validated (or by hand before that).</summary>
    Milestone = 2,

    /// <summary>Paid only when a finance officer releases it.</summary>
    Manual = 3,
}

public enum TrancheStatus
{
    Scheduled = 1,
    Released = 2,

    /// <summary>The grant was cancelled before this tranche was paid.</summary>
    Cancelled = 3,
}
