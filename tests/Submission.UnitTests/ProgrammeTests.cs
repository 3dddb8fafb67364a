using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

public sealed class ProgrammeTests
{
    private static readonly ProgrammeTerms Terms = ReferenceProgrammes.CoConstruction2021;

    [Fact]
    public void Both_reference_calls_are_valid_terms()
    {
        Assert.All(ReferenceProgrammes.All, terms => Assert.False(ProgrammeTermsCheck.Check(terms).Any));
    }

    [Fact]
    public void The_reference_calls_carry_their_announced_figures()
    {
        var y2018 = ReferenceProgrammes.CartesBlanches2018;
        Assert.Equal(150_000_000, y2018.EnvelopeCents);
        Assert.Equal(2_500_000, y2018.PhaseOf(Phase.Incubation)!.MaxGrantCents);
        Assert.Equal((15_000_000, 25_000_000), (y2018.PhaseOf(Phase.Experimentation)!.MinGrantCents, y2018.PhaseOf(Phase.Experimentation)!.MaxGrantCents));
        Assert.Equal(5, y2018.Themes.Count);
        Assert.Equal(300_000_000, Terms.EnvelopeCents);
        Assert.Equal(21, Terms.DecisionDueDays);
        Assert.Equal(4, Terms.MaturityLevels.Count);
        Assert.Equal(3, Terms.EligibleExpenses.Count);
    }

    [Fact]
    public void Draft_then_published_then_closed_then_archived()
    {
        var programme = Programme.Draft(Terms, "ditp-1", Terms.OpensAt.AddDays(-5));
        Assert.Equal(ProgrammeStatus.Draft, programme.Status);

        programme.Publish(Terms.OpensAt.AddDays(-1));
        Assert.Throws<PreconditionFailedException>(() => programme.Close(Terms.ClosesAt));
        programme.Close(Terms.ClosesAt.AddSeconds(1));
        programme.Archive();

        Assert.Equal(ProgrammeStatus.Archived, programme.Status);
        Assert.Equal(Terms.ClosesAt, programme.ClosedAt);
    }

    [Fact]
    public void A_call_whose_closing_has_passed_cannot_be_published_and_a_draft_is_not_open()
    {
        var programme = Programme.Draft(Terms, "ditp-1", Terms.OpensAt);

        Assert.Equal("PROGRAMME_NOT_PUBLISHED", Assert.Throws<PreconditionFailedException>(() => programme.EnsureOpen(Terms.OpensAt.AddDays(1))).Violations[0].Type);
        Assert.Throws<PreconditionFailedException>(() => programme.Publish(Terms.ClosesAt.AddSeconds(1)));
    }

    [Fact]
    public void Only_a_draft_is_revised_and_its_code_is_kept()
    {
        var programme = Programme.Draft(Terms, "ditp-1", Terms.OpensAt);
        programme.Revise(Terms with { Title = "Nouveau titre" });
        Assert.Throws<RequestValidationException>(() => programme.Revise(Terms with { Code = "XX21" }));

        programme.Publish(Terms.OpensAt);

        Assert.Throws<PreconditionFailedException>(() => programme.Revise(Terms));
    }

    public static TheoryData<string, string> BadTerms => new()
    {
        { "lower-case code", "code" },
        { "closes before it opens", "closes_at" },
        { "no envelope", "envelope_cents" },
        { "inverted grant range", "phases[1].max_grant_cents" },
        { "phase twice", "phases[1].phase" },
        { "application phase unfunded", "application_phase" },
        { "no theme", "themes" },
        { "no lead type", "allowed_lead_types" },
        { "self-financing over 100", "min_self_financing_percent" },
        { "negative allowance", "collective_allowance_percent" },
        { "zero decision days", "decision_due_days" },
        { "blank title", "title" },
    };

    [Theory]
    [MemberData(nameof(BadTerms))]
    public void Bad_terms_name_their_field(string change, string field)
    {
        var terms = change switch
        {
            "lower-case code" => Terms with { Code = "cb21" },
            "closes before it opens" => Terms with { ClosesAt = Terms.OpensAt },
            "no envelope" => Terms with { EnvelopeCents = 0 },
            "inverted grant range" => Terms with { Phases = [Terms.Phases[0], Terms.Phases[1] with { MinGrantCents = 2, MaxGrantCents = 1 }] },
            "phase twice" => Terms with { Phases = [Terms.Phases[0], Terms.Phases[0], Terms.Phases[1]] },
            "application phase unfunded" => Terms with { ApplicationPhase = Phase.Exploration },
            "no theme" => Terms with { Themes = [] },
            "no lead type" => Terms with { AllowedLeadTypes = [] },
            "self-financing over 100" => Terms with { MinSelfFinancingPercent = 101 },
            "negative allowance" => Terms with { CollectiveAllowancePercent = -1 },
            "zero decision days" => Terms with { DecisionDueDays = 0 },
            "blank title" => Terms with { Title = " " },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        var error = Assert.Throws<RequestValidationException>(() => Programme.Draft(terms, "ditp-1", Terms.OpensAt));

        Assert.Contains(field, error.Violations.Select(v => v.Field));
    }
}
