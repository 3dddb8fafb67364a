using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class CallFormTests
{
    /// <summary>
    /// What the platform answers to a call with no title, a closing before its opening, the second phase sent (the
    /// experimentation, the incubation being left out) with a range above its envelope, a blank theme and no structure.
    /// </summary>
    private const string Refused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"title","description":"Ce champ est obligatoire."},
            {"field":"closes_at","description":"La clôture doit suivre l'ouverture."},
            {"field":"phases[1].max_grant_cents","description":"Fourchette de dotation invalide : 0 ≤ minimum ≤ maximum ≤ enveloppe."},
            {"field":"phases[1].phase","description":"Cette phase figure deux fois."},
            {"field":"themes[1]","description":"Ce champ est obligatoire."},
            {"field":"allowed_lead_types","description":"Au moins un type de structure porteuse."},
            {"field":"envelope_cents","description":"L'enveloppe doit être un montant positif en centimes."}]}]}
        """;

    /// <summary>The 2021 co-construction call as staff type it: the incubation left out, amounts and dates as people write them.</summary>
    private static CallForm CoConstruction() => new()
    {
        Code = " CB27 ",
        Title = "  Appel à défis de co-construction ",
        Description = " Des agents publics proposent un défi. ",
        OpensDate = "2027-03-01",
        OpensTime = "09:00",
        ClosesDate = "15/10/2027",
        ClosesTime = "12h00",
        Phases =
        [
            new() { Phase = Phase.Exploration, Included = true, StartsOn = "2027-11-02", EndsOn = "2027-12-31", MinGrant = "", MaxGrant = "" },
            new() { Phase = Phase.Incubation, Included = false, StartsOn = "nimporte", MinGrant = "beaucoup" },
            new() { Phase = Phase.Experimentation, Included = true, StartsOn = "03/01/2028", EndsOn = " ", MinGrant = "70 000", MaxGrant = "120 000,50 €" },
        ],
        ApplicationPhase = "Experimentation",
        Envelope = "3 000 000",
        Themes = "Relation aux usagers\r\n\r\n  Transition écologique  \n",
        LeadTypes = ["CentralAdministration", "TerritorialAdministration", "NoSuchType"],
        Maturities = ["Tests"],
        Expenses = ["IntellectualServices", "InnovationTraining"],
        Sections = ["Problem", "Budget", "Problem"],
        EuropeanProvidersOnly = true,
        DecisionDueDays = "21",
        MinSelfFinancing = "",
        CollectiveAllowance = " ",
        RetentionMonths = "36",
    };

    [Fact]
    public void The_terms_carry_the_call_as_typed_only_the_phases_taken_in_cents_and_Paris_instants()
    {
        var local = new FormErrors();

        var terms = CoConstruction().ToTerms(local);

        Assert.False(local.Any);
        Assert.Equal(("CB27", "Appel à défis de co-construction", "Des agents publics proposent un défi."), (terms.Code, terms.Title, terms.Description));
        // 1 March is winter time in Paris (UTC+1), 15 October summer time (UTC+2).
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero), terms.OpensAt.ToDateTimeOffset());
        Assert.Equal(new DateTimeOffset(2027, 10, 15, 10, 0, 0, TimeSpan.Zero), terms.ClosesAt.ToDateTimeOffset());
        Assert.Equal([Phase.Exploration, Phase.Experimentation], terms.Phases.Select(p => p.Phase));
        var exploration = terms.Phases[0];
        Assert.Equal((2027, 11, 2, 2027, 12, 31, 0L, 0L),
            (exploration.StartsOn.Year, exploration.StartsOn.Month, exploration.StartsOn.Day, exploration.EndsOn.Year, exploration.EndsOn.Month, exploration.EndsOn.Day,
                exploration.MinGrantCents, exploration.MaxGrantCents));
        var experimentation = terms.Phases[1];
        Assert.Equal((2028, 1, 3), (experimentation.StartsOn.Year, experimentation.StartsOn.Month, experimentation.StartsOn.Day));
        Assert.Null(experimentation.EndsOn);
        Assert.Equal((7_000_000L, 12_000_050L), (experimentation.MinGrantCents, experimentation.MaxGrantCents));
        Assert.Equal((Phase.Experimentation, 300_000_000L), (terms.ApplicationPhase, terms.EnvelopeCents));
        Assert.Equal(["Relation aux usagers", "Transition écologique"], terms.Themes);
        Assert.Equal([LeadStructureType.CentralAdministration, LeadStructureType.TerritorialAdministration], terms.AllowedLeadTypes);
        Assert.Equal([MaturityLevel.Tests], terms.MaturityLevels);
        Assert.Equal([ExpenseCategory.IntellectualServices, ExpenseCategory.InnovationTraining], terms.EligibleExpenses);
        Assert.Equal([DossierSection.Problem, DossierSection.Budget], terms.RequiredSections);
        Assert.True(terms.EuropeanProvidersOnly);
        Assert.Equal((true, 21, false, 0, true, 36),
            (terms.HasDecisionDueDays, terms.DecisionDueDays, terms.HasMinSelfFinancingPercent, terms.CollectiveAllowancePercent, terms.HasRetentionMonths, terms.RetentionMonths));
    }

    [Fact]
    public void A_blank_form_sends_blanks_for_the_platform_to_name_and_nothing_of_its_own()
    {
        var local = new FormErrors();

        var terms = new CallForm().ToTerms(local);

        Assert.False(local.Any);
        Assert.Equal(("", "", null, null, Phase.Unspecified, 0L), (terms.Code, terms.Title, terms.OpensAt, terms.ClosesAt, terms.ApplicationPhase, terms.EnvelopeCents));
        Assert.Equal([Phase.Exploration, Phase.Incubation, Phase.Experimentation], terms.Phases.Select(p => p.Phase));
        Assert.All(terms.Phases, p => Assert.Null(p.StartsOn));
        Assert.Empty(terms.Themes);
        Assert.False(terms.HasDecisionDueDays || terms.HasMinSelfFinancingPercent || terms.HasRetentionMonths);
    }

    [Fact]
    public void What_the_form_cannot_read_is_its_own_problem_and_sent_as_a_stand_in_the_platform_refuses()
    {
        var form = CoConstruction();
        form.Envelope = "trois millions";
        form.Phases[2].MinGrant = "70.000";
        form.Phases[0].EndsOn = "31/02/2028";
        form.DecisionDueDays = "vingt et un";
        form.MinSelfFinancing = "12,5";
        form.CollectiveAllowance = "dix";
        form.RetentionMonths = "3 ans";
        form.OpensTime = "9 heures";
        var local = new FormErrors();

        var terms = form.ToTerms(local);

        Assert.Equal(
        [
            ("Form_OpensTime", ParisInput.BadTime),
            ("Form_Phases_0__EndsOn", ParisInput.BadDate),
            ("Form_Phases_2__MinGrant", EuroAmount.NotAnAmount),
            ("Form_Envelope", EuroAmount.NotAnAmount),
            ("Form_DecisionDueDays", WholeNumber.NotAWholeNumber),
            ("Form_MinSelfFinancing", WholeNumber.NotAWholeNumber),
            ("Form_CollectiveAllowance", WholeNumber.NotAWholeNumber),
            ("Form_RetentionMonths", WholeNumber.NotAWholeNumber),
        ], FormErrors.Map([], form.Fields(), CallForm.FormId, FormErrors.FormLabel, local).Summary.Select(e => (e.Input, e.Message)));
        Assert.Null(terms.OpensAt);
        Assert.Equal((1, 13), (terms.Phases[0].EndsOn.Year, terms.Phases[0].EndsOn.Month));
        Assert.Equal((-1L, CallForm.UnreadableEnvelope), (terms.Phases[1].MinGrantCents, terms.EnvelopeCents));
        Assert.Equal((0, -1, -1, 0), (terms.DecisionDueDays, terms.MinSelfFinancingPercent, terms.CollectiveAllowancePercent, terms.RetentionMonths));
    }

    [Fact]
    public void The_platform_s_problems_land_on_the_inputs_of_the_phase_taken_at_that_rank()
    {
        var errors = CoConstruction().Refusal(Refused, new FormErrors());

        Assert.Equal(
        [
            ("Form_Title", "Intitulé", "Ce champ est obligatoire."),
            ("Form_ClosesDate", "Jour de clôture", "La clôture doit suivre l'ouverture."),
            ("Form_Phases_2__Included", "Expérimentation", "Cette phase figure deux fois."),
            ("Form_Phases_2__MinGrant", "Expérimentation : dotation minimale", "Fourchette de dotation invalide : 0 ≤ minimum ≤ maximum ≤ enveloppe."),
            ("Form_Envelope", "Enveloppe de l'appel", "L'enveloppe doit être un montant positif en centimes."),
            ("Form_Themes", "Thématiques", "Ce champ est obligatoire."),
            ("Form_LeadTypes", "Structures porteuses admises", "Au moins un type de structure porteuse."),
        ], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void The_platform_s_word_on_a_stand_in_is_left_out_the_form_s_own_standing_alone()
    {
        var form = CoConstruction();
        form.Phases[2].MaxGrant = "cent vingt mille";
        form.Envelope = "?";
        var local = new FormErrors();
        form.ToTerms(local);

        var errors = form.Refusal(Refused, local);

        Assert.Equal(EuroAmount.NotAnAmount, Assert.Single(errors.For("Form_Phases_2__MaxGrant")));
        Assert.Empty(errors.For("Form_Phases_2__MinGrant"));
        Assert.Equal(EuroAmount.NotAnAmount, Assert.Single(errors.For("Form_Envelope")));
        Assert.Equal("La clôture doit suivre l'ouverture.", Assert.Single(errors.For("Form_ClosesDate")));
    }
}
