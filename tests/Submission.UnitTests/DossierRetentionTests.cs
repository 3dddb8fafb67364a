using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>
/// A closed call's dossiers (decision 0032). CB21 closes on Friday 15 October 2021 at 23:59:59, Paris summer time: with
/// the default 24 months its retention lapses on Sunday 15 October 2023 at 23:59:59 (summer time), and the team is
/// warned from Sunday 1 October 2023 at 23:59:59.
/// </summary>
public sealed class DossierRetentionTests
{
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);
    private static readonly DateTimeOffset ClosesAt = new(2021, 10, 15, 23, 59, 59, Summer);
    private static readonly DateTimeOffset Lapses = new(2023, 10, 15, 23, 59, 59, Summer);
    private static readonly DateTimeOffset WarningDue = new(2023, 10, 1, 23, 59, 59, Summer);

    internal static Programme ClosedCall(int retentionMonths = DossierRetention.DefaultMonths)
    {
        var call = TestData.Call2021;
        call.ChangeRetention(retentionMonths, TestData.During2021Call);
        call.Close(ClosesAt.AddSeconds(1));
        return call;
    }

    internal static Dossier InState(DossierStatus status)
    {
        var dossier = TestData.Draft();
        if (status is DossierStatus.Draft)
        {
            return dossier;
        }
        if (status is DossierStatus.Withdrawn)
        {
            dossier.Withdraw(TestData.Lead, "Nous renonçons.", TestData.During2021Call);
            return dossier;
        }
        dossier.Edit(TestData.Lead, TestData.Complete2021(), TestData.Call2021, TestData.During2021Call);
        dossier.Submit(TestData.Lead, TestData.Call2021, TestData.During2021Call, "CB21-0001");
        var later = TestData.During2021Call.AddDays(40);
        switch (status)
        {
            case DossierStatus.UnderReview:
                dossier.StartReview(TestData.Staff, later);
                break;
            case DossierStatus.ReturnedForCorrection:
                dossier.ReturnForCorrection(TestData.Staff, ["Le budget est incomplet."], null, later);
                break;
            case DossierStatus.Resubmitted:
                dossier.ReturnForCorrection(TestData.Staff, ["Le budget est incomplet."], null, later);
                dossier.Submit(TestData.Lead, TestData.Call2021, later, null);
                break;
            case DossierStatus.Selected or DossierStatus.NotSelected:
                dossier.StartReview(TestData.Staff, later);
                dossier.Decide(TestData.Staff, status == DossierStatus.Selected ? Phase.Experimentation : null, null, later);
                break;
        }
        Assert.Equal(status, dossier.Status);
        return dossier;
    }

    [Fact]
    public void The_retention_lapses_the_same_Paris_time_months_after_the_closing()
    {
        Assert.Equal(Lapses, ClosedCall().RetentionLapsesAt);
        Assert.Equal(new DateTimeOffset(2022, 11, 15, 23, 59, 59, Winter), ClosedCall(13).RetentionLapsesAt);
        Assert.Null(TestData.Call2021.RetentionLapsesAt);
    }

    [Fact]
    public void A_dossier_is_warned_fourteen_days_before_the_lapse_and_once()
    {
        var call = ClosedCall();
        var dossier = InState(DossierStatus.NotSelected);

        Assert.Null(dossier.TakePurgeWarning(call, WarningDue.AddTicks(-1)));
        Assert.Equal(Lapses, dossier.TakePurgeWarning(call, WarningDue));
        Assert.Equal(WarningDue, dossier.PurgeWarnedAt);
        Assert.Null(dossier.TakePurgeWarning(call, WarningDue.AddDays(1)));
        Assert.False(dossier.IsPurged);
    }

    [Fact]
    public void A_warned_dossier_is_purged_when_the_retention_lapses_and_once()
    {
        var call = ClosedCall();
        var dossier = InState(DossierStatus.NotSelected);
        dossier.TakePurgeWarning(call, WarningDue);

        Assert.False(dossier.PurgeIfDue(call, Lapses.AddMinutes(-1)));
        Assert.False(dossier.PurgeIfDue(call, Lapses.AddTicks(-1)));
        Assert.True(dossier.PurgeIfDue(call, Lapses));
        Assert.False(dossier.PurgeIfDue(call, Lapses.AddDays(1)));
        Assert.Equal((Lapses, DossierPurgeReason.Retention), (dossier.PurgedAt, dossier.PurgeReason));
        Assert.Null(dossier.TakePurgeWarning(call, Lapses.AddDays(2)));
    }

    [Fact]
    public void Winter_time_counts_in_Paris_hours_not_in_those_of_the_closing()
    {
        var call = ClosedCall(13);
        var lapses = new DateTimeOffset(2022, 11, 15, 23, 59, 59, Winter);
        var dossier = InState(DossierStatus.Withdrawn);

        Assert.Null(dossier.TakePurgeWarning(call, lapses.AddDays(-14).AddTicks(-1)));
        Assert.Equal(lapses, dossier.TakePurgeWarning(call, lapses.AddDays(-14)));
        Assert.False(dossier.PurgeIfDue(call, lapses.AddHours(-1)));
        Assert.True(dossier.PurgeIfDue(call, lapses));
    }

    [Fact]
    public void A_dossier_never_warned_is_never_purged_and_its_warning_comes_first()
    {
        var call = ClosedCall();
        var dossier = InState(DossierStatus.Draft);

        Assert.False(dossier.PurgeIfDue(call, Lapses.AddYears(1)));
        Assert.Equal(Lapses.AddYears(1).AddDays(14), dossier.TakePurgeWarning(call, Lapses.AddYears(1)));
    }

    [Fact]
    public void A_warning_given_late_still_gives_the_whole_notice()
    {
        var call = ClosedCall();
        var late = Lapses.AddDays(5);
        var dossier = InState(DossierStatus.NotSelected);

        Assert.Equal(late.AddDays(14), dossier.TakePurgeWarning(call, late));
        Assert.False(dossier.PurgeIfDue(call, late.AddDays(14).AddTicks(-1)));
        Assert.True(dossier.PurgeIfDue(call, late.AddDays(14)));
    }

    [Theory]
    [InlineData(DossierStatus.Submitted)]
    [InlineData(DossierStatus.UnderReview)]
    [InlineData(DossierStatus.ReturnedForCorrection)]
    [InlineData(DossierStatus.Resubmitted)]
    [InlineData(DossierStatus.Selected)]
    public void A_dossier_under_instruction_or_funded_is_neither_warned_nor_purged(DossierStatus status)
    {
        var call = ClosedCall();
        var dossier = InState(status);

        Assert.Null(dossier.TakePurgeWarning(call, Lapses.AddYears(5)));
        Assert.False(dossier.PurgeIfDue(call, Lapses.AddYears(5)));
        Assert.Null(dossier.PurgeWarnedAt);
        Assert.False(dossier.IsPurged);
    }

    [Fact]
    public void Nothing_is_owed_while_the_call_is_not_closed()
    {
        var dossier = InState(DossierStatus.Draft);

        Assert.Null(dossier.TakePurgeWarning(TestData.Call2021, Lapses.AddYears(5)));
    }

    [Fact]
    public void A_dossier_of_another_call_is_a_programming_error()
    {
        var other = Programme.Draft(ReferenceProgrammes.CoConstruction2021 with { Code = "ZZ99" }, "ditp-1", TestData.During2021Call);

        Assert.Throws<ArgumentException>(() => InState(DossierStatus.Draft).TakePurgeWarning(other, Lapses));
    }

    [Fact]
    public void A_warning_older_than_the_notice_of_a_longer_retention_is_given_again()
    {
        var lapses = Lapses;
        var warnedEarly = lapses - DossierRetention.Notice - TimeSpan.FromTicks(1);

        Assert.Null(DossierRetention.Warning(lapses, warnedEarly));
        Assert.Equal(lapses - DossierRetention.Notice, DossierRetention.Warning(lapses, lapses - DossierRetention.Notice));
        Assert.Equal(RetentionStep.Warn, DossierRetention.Due(lapses, warnedEarly, lapses));
    }

    [Fact]
    public void A_shorter_retention_never_purges_sooner_than_the_notice_after_the_warning()
    {
        var warned = Lapses.AddDays(-2);

        Assert.Equal(warned.AddDays(14), DossierRetention.PurgesAt(Lapses, warned));
        Assert.Equal(RetentionStep.None, DossierRetention.Due(Lapses, warned, warned.AddDays(14).AddTicks(-1)));
        Assert.Equal(RetentionStep.Purge, DossierRetention.Due(Lapses, warned, warned.AddDays(14)));
    }

    [Theory]
    [InlineData(11, false)]
    [InlineData(12, true)]
    [InlineData(24, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void The_retention_is_12_to_60_months(int months, bool allowed)
    {
        Assert.Equal(allowed, DossierRetention.IsAllowed(months));
        var fields = ProgrammeTermsCheck.Check(ReferenceProgrammes.CoConstruction2021 with { RetentionMonths = months }).Items.Select(v => v.Field);
        Assert.Equal(!allowed, fields.Contains("retention_months"));
    }

    [Fact]
    public void The_retention_is_24_months_unless_staff_choose()
    {
        Assert.Equal(24, ReferenceProgrammes.CoConstruction2021.RetentionMonths);
        Assert.Equal(24, TestData.Call2021.RetentionMonths);
    }
}
