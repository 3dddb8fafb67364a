namespace Defis.Submission.Domain;

/// <summary>What the clock owes a closed call's dossier now.</summary>
public enum RetentionStep
{
    None,
    Warn,
    Purge,
}

/// <summary>
/// A closed call's dossiers are kept for the call's retention (decision 0032): staff choose 12 to 60 months after the
/// call's closing, 24 by default, counted in Paris months from its closing time. The team is warned <see cref="Notice"/>
/// before, and a dossier is never purged sooner than <see cref="Notice"/> after its warning, so a clock that was stopped
/// when the warning fell due warns late and purges late, never at once (as <see cref="DraftExpiry"/> does).
/// Only dossiers no legal duty keeps: not selected, withdrawn, or drafts left in the closed call. A dossier under
/// instruction is never purged; a funded one neither by this rule, since its keeping (10 years after its last payment)
/// depends on payments that Funding owns.
/// </summary>
public static class DossierRetention
{
    public const int DefaultMonths = 24;

    public const int MinMonths = 12;

    public const int MaxMonths = 60;

    public static readonly TimeSpan Notice = DraftExpiry.Notice;

    public static bool IsAllowed(int months) => months is >= MinMonths and <= MaxMonths;

    /// <summary>Why a legal duty keeps a dossier in this state, in French; null when nothing keeps it (not selected, withdrawn, draft).</summary>
    public static string? KeptBecause(DossierStatus status) => status switch
    {
        DossierStatus.Submitted or DossierStatus.UnderReview or DossierStatus.ReturnedForCorrection or DossierStatus.Resubmitted =>
            "Dossier en cours d'instruction",
        DossierStatus.Selected => "Dossier financé : conservé au titre des comptes publics",
        _ => null,
    };

    /// <summary>When the retention of a call closed at <paramref name="closedAt"/> lapses.</summary>
    public static DateTimeOffset LapsesAt(DateTimeOffset closedAt, int months) => ParisMonths.After(closedAt, months);

    /// <summary>A warning given before the notice of the current retention began (the retention was lengthened since) no longer counts.</summary>
    public static DateTimeOffset? Warning(DateTimeOffset lapsesAt, DateTimeOffset? warnedAt) =>
        warnedAt is { } warned && warned >= lapsesAt - Notice ? warned : null;

    /// <summary>When the dossier is purged, once warned at <paramref name="warnedAt"/>.</summary>
    public static DateTimeOffset PurgesAt(DateTimeOffset lapsesAt, DateTimeOffset warnedAt)
    {
        DateTimeOffset[] bounds = [lapsesAt, warnedAt + Notice];
        return bounds.Max();
    }

    public static RetentionStep Due(DateTimeOffset lapsesAt, DateTimeOffset? warnedAt, DateTimeOffset now)
    {
        if (Warning(lapsesAt, warnedAt) is not { } warned)
        {
            return now >= lapsesAt - Notice ? RetentionStep.Warn : RetentionStep.None;
        }
        return now >= PurgesAt(lapsesAt, warned) ? RetentionStep.Purge : RetentionStep.None;
    }
}
