namespace Defis.Funding.Domain;

/// <summary>Proposed → Committed → (Adjusted) → …; any of them → Cancelled.</summary>
public enum GrantStatus
{
    Proposed = 1,
    Committed = 2,

    /// <summary>Committed, then its amount was changed by a finance officer.</summary>
    Adjusted = 3,
    Cancelled = 4,
}
