using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;
using Google.Protobuf.WellKnownTypes;
using ProtoDate = Google.Type.Date;

namespace Defis.Portal.UnitTests;

/// <summary>A draft's terms fill the form it is corrected on, as staff would have typed them, and saved untouched send the same terms.</summary>
public sealed class CallFormFromTermsTests
{
    /// <summary>
    /// A draft opening on a winter morning and closing on a summer noon and 30 seconds, its incubation left out, its
    /// exploration unfunded and open-ended, grants with cents.
    /// </summary>
    private static ProgrammeTerms Draft() => new()
    {
        Code = "CB27",
        Title = "Appel à défis de co-construction",
        Description = "Des agents publics proposent un défi.",
        OpensAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero)),
        ClosesAt = Timestamp.FromDateTimeOffset(new DateTimeOffset(2027, 10, 15, 10, 0, 30, TimeSpan.Zero)),
        Phases =
        {
            new PhaseTerms { Phase = Phase.Exploration, StartsOn = new ProtoDate { Year = 2027, Month = 11, Day = 2 } },
            new PhaseTerms
            {
                Phase = Phase.Experimentation, StartsOn = new ProtoDate { Year = 2028, Month = 1, Day = 3 }, EndsOn = new ProtoDate { Year = 2028, Month = 12, Day = 31 },
                MinGrantCents = 7_000_000, MaxGrantCents = 12_000_050,
            },
        },
        ApplicationPhase = Phase.Experimentation,
        EnvelopeCents = 300_000_000,
        Themes = { "Relation aux usagers", "Transition écologique" },
        AllowedLeadTypes = { LeadStructureType.CentralAdministration, LeadStructureType.TerritorialAdministration },
        MaturityLevels = { MaturityLevel.Tests },
        EligibleExpenses = { ExpenseCategory.IntellectualServices },
        RequiredSections = { DossierSection.Problem, DossierSection.Budget },
        EuropeanProvidersOnly = true,
        DecisionDueDays = 21,
        RetentionMonths = 36,
    };

    [Fact]
    public void Each_input_holds_the_term_as_staff_type_it()
    {
        var form = CallForm.From(Draft());

        Assert.Equal(("CB27", "Appel à défis de co-construction", "Des agents publics proposent un défi."), (form.Code, form.Title, form.Description));
        // 1 March is winter time in Paris (UTC+1), 15 October summer time (UTC+2); the seconds typed are kept.
        Assert.Equal(("2027-03-01", "09:00", "2027-10-15", "12:00:30"), (form.OpensDate, form.OpensTime, form.ClosesDate, form.ClosesTime));
        Assert.Equal([(Phase.Exploration, true), (Phase.Incubation, false), (Phase.Experimentation, true)], form.Phases.Select(p => (p.Phase, p.Included)));
        Assert.Equal(("2027-11-02", null, null, null), (form.Phases[0].StartsOn, form.Phases[0].EndsOn, form.Phases[0].MinGrant, form.Phases[0].MaxGrant));
        Assert.Null(form.Phases[1].StartsOn);
        Assert.Null(form.Phases[1].MaxGrant);
        Assert.Equal(("2028-01-03", "2028-12-31", "70000", "120000,50"), (form.Phases[2].StartsOn, form.Phases[2].EndsOn, form.Phases[2].MinGrant, form.Phases[2].MaxGrant));
        Assert.Equal(("Experimentation", "3000000", "Relation aux usagers\nTransition écologique"), (form.ApplicationPhase, form.Envelope, form.Themes));
        Assert.Equal(["CentralAdministration", "TerritorialAdministration"], form.LeadTypes);
        Assert.Equal(["Tests"], form.Maturities);
        Assert.Equal(["IntellectualServices"], form.Expenses);
        Assert.Equal(["Problem", "Budget"], form.Sections);
        Assert.True(form.EuropeanProvidersOnly);
        Assert.Equal(("21", null, null, "36"), (form.DecisionDueDays, form.MinSelfFinancing, form.CollectiveAllowance, form.RetentionMonths));
    }

    [Fact]
    public void Optional_figures_set_are_shown_and_a_zero_allowance_is_left_blank_as_when_drafting()
    {
        var terms = Draft();
        terms.ClearDecisionDueDays();
        terms.MinSelfFinancingPercent = 0;
        terms.CollectiveAllowancePercent = 50;

        var form = CallForm.From(terms);

        Assert.Equal((null, "0", "50"), (form.DecisionDueDays, form.MinSelfFinancing, form.CollectiveAllowance));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Saved_untouched_the_form_sends_the_draft_s_terms(bool collective)
    {
        var draft = Draft();
        draft.CollectiveAllowancePercent = collective ? 50 : 0;
        var local = new FormErrors();

        var sent = CallForm.From(draft).ToTerms(local);

        Assert.False(local.Any);
        Assert.Equal(draft, sent);
    }

    [Fact]
    public void A_refusal_of_the_code_lands_on_the_code_and_one_naming_no_field_on_the_form()
    {
        const string renamed = """
            {"code":3,"message":"Requête invalide.","details":[
              {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
                {"field":"code","description":"Le code d'un appel ne change pas : ces conditions sont celles de l'appel CB27."}]}]}
            """;
        const string published = """{"code":9,"message":"L'appel CB27 a été publié : ses conditions ne changent plus."}""";
        var form = CallForm.From(Draft());

        var atTheCode = form.Refusal(renamed, new FormErrors());
        var onTheForm = form.Refusal(published, new FormErrors());

        Assert.Equal([("Form_Code", "Le code d'un appel ne change pas : ces conditions sont celles de l'appel CB27.")], atTheCode.Summary.Select(e => (e.Input, e.Message)));
        Assert.Equal([(CallForm.FormId, "L'appel CB27 a été publié : ses conditions ne changent plus.")], onTheForm.Summary.Select(e => (e.Input, e.Message)));
    }
}
