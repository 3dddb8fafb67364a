namespace Defis.Submission.Domain;

/// <summary>What the clock owes a draft now.</summary>
public enum DraftExpiryStep
{
    None,
    Warn,
    Expire,
}

/// <summary>
/// Drafts without activity expire (issue 21, decision 0029): three calendar months in Paris after their last change,
/// with a warning <see cref="Notice"/> before. A draft is never expired sooner than <see cref="Notice"/> after its
/// warning, so a team always gets the whole notice, even when the clock was stopped when the warning fell due; a change
/// after the warning starts the count again.
/// </summary>
public static class DraftExpiry
{
    public const int InactiveMonths = 3;

    public static readonly TimeSpan Notice = TimeSpan.FromDays(14);

    /// <summary>Drafts untouched for less than this can owe nothing: three months are never shorter than 89 days (less a summer hour).</summary>
    public static TimeSpan NothingOwedBefore => TimeSpan.FromDays(88) - Notice;

    /// <summary>When a draft last changed at <paramref name="lastActivity"/> lapses: the same Paris time three months later.</summary>
    public static DateTimeOffset LapsesAt(DateTimeOffset lastActivity) => ParisMonths.After(lastActivity, InactiveMonths);

    /// <summary>A warning given before the last change no longer counts.</summary>
    public static DateTimeOffset? Warning(DateTimeOffset lastActivity, DateTimeOffset? warnedAt) =>
        warnedAt is { } warned && warned >= lastActivity ? warned : null;

    /// <summary>When the draft expires, once warned at <paramref name="warnedAt"/>.</summary>
    public static DateTimeOffset ExpiresAt(DateTimeOffset lastActivity, DateTimeOffset warnedAt)
    {
        DateTimeOffset[] bounds = [LapsesAt(lastActivity), warnedAt + Notice];
        return bounds.Max();
    }

    public static DraftExpiryStep Due(DateTimeOffset lastActivity, DateTimeOffset? warnedAt, DateTimeOffset now)
    {
        if (Warning(lastActivity, warnedAt) is not { } warned)
        {
            return now >= LapsesAt(lastActivity) - Notice ? DraftExpiryStep.Warn : DraftExpiryStep.None;
        }
        return now >= ExpiresAt(lastActivity, warned) ? DraftExpiryStep.Expire : DraftExpiryStep.None;
    }
}
