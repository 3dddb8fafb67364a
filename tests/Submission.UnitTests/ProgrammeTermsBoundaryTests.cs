using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>Each limit of a call's terms, at the limit and one unit either side.</summary>
public sealed class ProgrammeTermsBoundaryTests
{
    private static readonly ProgrammeTerms Terms = ReferenceProgrammes.CoConstruction2021;

    private static IEnumerable<string> Fields(ProgrammeTerms terms) => ProgrammeTermsCheck.Check(terms).Items.Select(v => v.Field);

    private static ProgrammeTerms WithFundedPhase(long min, long max, DateOnly? endsOn = null) => Terms with
    {
        Phases = [Terms.Phases[0], new PhaseTerms(Phase.Experimentation, new DateOnly(2021, 9, 15), endsOn, min, max)],
    };

    [Fact]
    public void A_call_may_close_one_second_after_it_opens_but_not_at_the_same_instant()
    {
        Assert.Empty(Fields(Terms with { ClosesAt = Terms.OpensAt.AddSeconds(1) }));
        Assert.Equal(["closes_at"], Fields(Terms with { ClosesAt = Terms.OpensAt }));
    }

    [Theory]
    [InlineData(120_000_00, true)]
    [InlineData(ProgrammeLimits.EnvelopeCents, true)]
    [InlineData(ProgrammeLimits.EnvelopeCents + 1, false)]
    [InlineData(-1, false)]
    public void The_envelope_is_positive_and_at_most_the_limit(long cents, bool valid) =>
        Assert.Equal(valid, !Fields(Terms with { EnvelopeCents = cents }).Contains("envelope_cents"));

    [Theory]
    [InlineData(0, 120_000_00, true)]
    [InlineData(-1, 120_000_00, false)]
    [InlineData(120_000_00, 120_000_00, true)]
    [InlineData(120_000_01, 120_000_00, false)]
    [InlineData(70_000_00, 3_000_000_00, true)]
    [InlineData(70_000_00, 3_000_000_01, false)]
    public void A_grant_range_needs_0_at_most_min_at_most_max_at_most_the_envelope(long min, long max, bool valid) =>
        Assert.Equal(valid, !Fields(WithFundedPhase(min, max)).Contains("phases[1].max_grant_cents"));

    [Fact]
    public void A_phase_may_end_the_day_it_starts_but_not_the_day_before()
    {
        Assert.Empty(Fields(WithFundedPhase(1, 2, endsOn: new DateOnly(2021, 9, 15))));
        Assert.Equal(["phases[1].ends_on"], Fields(WithFundedPhase(1, 2, endsOn: new DateOnly(2021, 9, 14))));
    }

    [Fact]
    public void The_application_phase_needs_a_grant_of_at_least_one_cent()
    {
        Assert.Empty(Fields(WithFundedPhase(0, 1)));
        Assert.Equal(["application_phase"], Fields(WithFundedPhase(0, 0)));
    }

    [Fact]
    public void A_call_has_1_to_20_themes_each_named()
    {
        var twenty = Enumerable.Range(1, ProgrammeLimits.Themes).Select(i => $"Thème {i}").ToList();

        Assert.Empty(Fields(Terms with { Themes = twenty }));
        Assert.Equal(["themes"], Fields(Terms with { Themes = [.. twenty, "Un de trop"] }));
        Assert.Equal(["themes[1]"], Fields(Terms with { Themes = ["Thème", " "] }));
        Assert.Empty(Fields(Terms with { Themes = ["Seul thème"] }));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(-1, false)]
    [InlineData(101, false)]
    public void Shares_are_percentages_from_0_to_100(int percent, bool valid)
    {
        Assert.Equal(valid, !Fields(Terms with { MinSelfFinancingPercent = percent }).Contains("min_self_financing_percent"));
        Assert.Equal(valid, !Fields(Terms with { CollectiveAllowancePercent = percent }).Contains("collective_allowance_percent"));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(ProgrammeLimits.DecisionDueDays, true)]
    [InlineData(ProgrammeLimits.DecisionDueDays + 1, false)]
    [InlineData(0, false)]
    public void A_decision_is_due_1_to_365_days_after_filing(int days, bool valid) =>
        Assert.Equal(valid, !Fields(Terms with { DecisionDueDays = days }).Contains("decision_due_days"));

    [Theory]
    [InlineData("AB", true)]
    [InlineData("ABCDEFGHIJKLMNOP", true)]
    [InlineData("ABCDEFGHIJKLMNOPQ", false)]
    [InlineData("A", false)]
    [InlineData("CB-21", false)]
    [InlineData(null, false)]
    public void A_programme_code_is_2_to_16_capital_letters_or_digits(string? code, bool valid) =>
        Assert.Equal(valid, ProgrammeTermsCheck.IsProgrammeCode(code));

    [Fact]
    public void The_ceiling_is_raised_for_collective_candidacies_rounded_down()
    {
        var terms = WithFundedPhase(1, 999) with { CollectiveAllowancePercent = 50 };

        Assert.Equal(999, terms.CeilingCents(collective: false));
        Assert.Equal(999 + 499, terms.CeilingCents(collective: true));
        Assert.Equal(1, terms.FloorCents);
        Assert.Equal(0, (terms with { ApplicationPhase = Phase.Incubation }).CeilingCents(collective: true));
    }
}
