namespace Defis.Submission.Domain;

/// <summary>
/// Teams with an unsubmitted draft are reminded 7 days and then 1 day before the call closes. A reminder is
/// sent once per draft and threshold; when several thresholds passed while nothing ran (a restart), only the
/// nearest one is sent, so a team never gets two reminders at once.
/// </summary>
public static class DraftReminders
{
    public static IReadOnlyList<int> DaysBeforeClosing { get; } = [7, 1];

    /// <summary>The threshold due for a draft of <paramref name="programme"/> at <paramref name="now"/>, or null.</summary>
    public static int? Due(Programme programme, int? lastSentDays, DateTimeOffset now)
    {
        if (!programme.IsOpenAt(now))
        {
            return null;
        }
        var left = programme.ClosesAt - now;
        int? due = DaysBeforeClosing.Where(days => left <= TimeSpan.FromDays(days)).Order().Cast<int?>().FirstOrDefault();
        return due is { } days && (lastSentDays is null || days < lastSentDays) ? days : null;
    }

    /// <summary>The widest window in which any reminder can be due, to select candidate programmes.</summary>
    public static TimeSpan Horizon => TimeSpan.FromDays(DaysBeforeClosing.Max());
}
