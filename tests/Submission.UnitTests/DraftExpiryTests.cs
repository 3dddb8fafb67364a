using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>
/// Idle drafts (decision 0029). The test draft was last changed on Monday 20 September 2021 at 10:00, Paris summer time:
/// it lapses on Monday 20 December 2021 at 10:00, Paris winter time, and is warned from Monday 6 December at 10:00.
/// </summary>
public sealed class DraftExpiryTests
{
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset WarningDue = new(2021, 12, 6, 10, 0, 0, Winter);
    private static readonly DateTimeOffset Lapses = new(2021, 12, 20, 10, 0, 0, Winter);

    [Fact]
    public void A_draft_is_warned_fourteen_days_before_it_lapses_and_once()
    {
        var draft = TestData.Draft();

        Assert.Null(draft.TakeExpiryWarning(WarningDue.AddTicks(-1)));
        Assert.Equal(Lapses, draft.TakeExpiryWarning(WarningDue));
        Assert.Equal(WarningDue, draft.ExpiryWarnedAt);
        Assert.Null(draft.TakeExpiryWarning(WarningDue.AddDays(1)));
        Assert.Equal(DossierStatus.Draft, draft.Status);
    }

    [Fact]
    public void A_warned_draft_expires_when_it_lapses_once_and_says_why()
    {
        var draft = TestData.Draft();
        draft.TakeExpiryWarning(WarningDue);
        var version = draft.Version;

        Assert.Null(draft.ExpireIfDue(Lapses.AddTicks(-1)));
        Assert.Equal(TestData.During2021Call, draft.ExpireIfDue(Lapses));
        Assert.Null(draft.ExpireIfDue(Lapses.AddDays(1)));

        Assert.Equal(DossierStatus.Withdrawn, draft.Status);
        var change = draft.History[^1];
        Assert.Equal((DossierStatus.Draft, DossierStatus.Withdrawn, Dossier.ExpiredBy, Lapses), (change.From, change.To, change.By, change.At));
        Assert.Equal("Brouillon expiré : aucune modification depuis le lundi 20 septembre 2021 à 10:00.", change.Reason);
        Assert.Equal(version + 1, draft.Version);
    }

    [Fact]
    public void A_draft_never_warned_never_expires_and_its_warning_comes_first()
    {
        var draft = TestData.Draft();

        Assert.Null(draft.ExpireIfDue(Lapses.AddMonths(6)));
        Assert.Equal(Lapses.AddMonths(6).AddDays(14), draft.TakeExpiryWarning(Lapses.AddMonths(6)));
    }

    [Fact]
    public void A_warning_given_late_still_gives_the_whole_notice()
    {
        var late = Lapses.AddDays(5);
        var draft = TestData.Draft();

        Assert.Equal(late.AddDays(14), draft.TakeExpiryWarning(late));
        Assert.Null(draft.ExpireIfDue(late.AddDays(14).AddTicks(-1)));
        Assert.NotNull(draft.ExpireIfDue(late.AddDays(14)));
    }

    [Fact]
    public void A_filed_dossier_is_neither_warned_nor_expired()
    {
        var filed = TestData.Draft();
        filed.Edit(TestData.Lead, TestData.Complete2021(), TestData.Call2021, TestData.During2021Call);
        filed.Submit(TestData.Lead, TestData.Call2021, TestData.During2021Call, "CB21-0001");

        Assert.Null(filed.TakeExpiryWarning(Lapses.AddYears(1)));
        Assert.Null(filed.ExpireIfDue(Lapses.AddYears(1)));
        Assert.Null(filed.ExpiryWarnedAt);
    }

    [Fact]
    public void A_change_after_the_warning_voids_it_and_the_count_starts_again()
    {
        var lastActivity = WarningDue.AddDays(3);

        Assert.Null(DraftExpiry.Warning(lastActivity, WarningDue));
        Assert.Equal(lastActivity, DraftExpiry.Warning(lastActivity, lastActivity));
        Assert.Equal(DraftExpiryStep.None, DraftExpiry.Due(lastActivity, WarningDue, Lapses));
        Assert.Equal(DraftExpiryStep.Warn, DraftExpiry.Due(lastActivity, WarningDue, DraftExpiry.LapsesAt(lastActivity) - DraftExpiry.Notice));
        Assert.Equal(DraftExpiryStep.None, DraftExpiry.Due(lastActivity, null, DraftExpiry.LapsesAt(lastActivity) - DraftExpiry.Notice - TimeSpan.FromTicks(1)));
    }

    [Fact]
    public void Expiry_waits_for_whichever_comes_last_the_lapse_or_the_end_of_the_notice()
    {
        var lastActivity = TestData.During2021Call;

        Assert.Equal(Lapses, DraftExpiry.ExpiresAt(lastActivity, WarningDue));
        Assert.Equal(Lapses, DraftExpiry.ExpiresAt(lastActivity, WarningDue.AddTicks(-1)));
        Assert.Equal(Lapses.AddTicks(1), DraftExpiry.ExpiresAt(lastActivity, WarningDue.AddTicks(1)));
        Assert.Equal(DraftExpiryStep.Expire, DraftExpiry.Due(lastActivity, WarningDue, Lapses));
        Assert.Equal(DraftExpiryStep.None, DraftExpiry.Due(lastActivity, WarningDue, Lapses.AddTicks(-1)));
    }

    [Theory]
    [InlineData("2021-08-31T10:00:00+02:00", "2021-11-30T10:00:00+01:00")] // summer to winter time, same wall clock
    [InlineData("2021-11-30T23:30:00+01:00", "2022-02-28T23:30:00+01:00")] // no 30 February: the month's last day
    [InlineData("2022-01-15T08:00:00+01:00", "2022-04-15T08:00:00+02:00")] // winter to summer time
    public void A_draft_lapses_three_calendar_months_later_at_the_same_paris_time(string lastActivity, string lapses)
    {
        Assert.Equal(DateTimeOffset.Parse(lapses, System.Globalization.CultureInfo.InvariantCulture),
            DraftExpiry.LapsesAt(DateTimeOffset.Parse(lastActivity, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void No_draft_owes_anything_before_the_clock_s_first_look_at_it_whatever_the_day()
    {
        // The clock reads only drafts idle for NothingOwedBefore: every day and hour of two years must owe nothing sooner.
        var start = new DateTimeOffset(2023, 1, 1, 0, 30, 0, TimeSpan.Zero);
        var tightest = Enumerable.Range(0, 2 * 366 * 24).Select(h => start.AddHours(h))
            .Min(lastActivity => DraftExpiry.LapsesAt(lastActivity) - DraftExpiry.Notice - lastActivity);

        Assert.True(tightest >= DraftExpiry.NothingOwedBefore, $"{tightest} < {DraftExpiry.NothingOwedBefore}");
        Assert.True(tightest - DraftExpiry.NothingOwedBefore < TimeSpan.FromDays(2), "the bound reads more drafts than it needs");
    }
}
