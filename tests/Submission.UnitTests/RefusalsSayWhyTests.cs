using Defis.SharedKernel.Errors;
using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

/// <summary>Every refusal names the field at fault and tells, in French, why: a blank reason leaves a team guessing.</summary>
public sealed class RefusalsSayWhyTests
{
    private static readonly string LongText = new('x', DossierLimits.Text + 1);
    private static readonly string LongName = new('x', DossierLimits.Name + 1);

    private static void AllSayWhy(FieldViolations violations) =>
        Assert.All(violations.Items, v => Assert.False(string.IsNullOrWhiteSpace(v.Description), v.Field));

    [Fact]
    public void Malformed_content_is_refused_field_by_field_each_with_a_reason()
    {
        var content = TestData.Complete2021() with
        {
            Lead = new LeadStructure(" ", (LeadStructureType)42, "13002526500014"),
            ContactEmail = "contact@",
            Theme = new string('t', DossierLimits.Theme + 1),
            Details = new DossierDetails(
                (MaturityLevel)42,
                new Narrative(LongText, LongText, LongText, LongText, LongText, LongText, LongText),
                [new Partner(" ", (PartnerKind)42, new Territory(TerritoryKind.Commune, "6912"))],
                [new TeamMember(" ", " ", "claire@", true)],
                [new Territory(TerritoryKind.Department, "20")],
                new Budget([new BudgetLine((ExpenseCategory)42, " ", 0, " ", "Fr")], -1),
                new ActOfCandidacy(LongName, LongName, (SignatoryLevel)42, null, false)),
        };

        var violations = DossierContentCheck.Check(content);

        Assert.Equal(
        [
            "lead_structure.name", "lead_structure.type", "contact_email", "theme", "lead_structure.siret", "maturity",
            "problem", "context", "priority_reform", "impact_for_agents", "impact_for_users", "prior_actions", "lessons_learnt",
            "partners[0].name", "partners[0].kind", "partners[0].territory.code",
            "team_members[0].name", "team_members[0].role", "team_members[0].email",
            "territories[0].code",
            "budget.lines[0].category", "budget.lines[0].label", "budget.lines[0].provider_name", "budget.lines[0].amount_cents",
            "budget.lines[0].provider_country", "budget.requested_amount_cents",
            "act_of_candidacy.signatory_name", "act_of_candidacy.position", "act_of_candidacy.level",
        ], violations.Items.Select(v => v.Field));
        AllSayWhy(violations);
        Assert.Contains("6912", violations.Items.Single(v => v.Field == "partners[0].territory.code").Description);
        Assert.Contains("commune", violations.Items.Single(v => v.Field == "partners[0].territory.code").Description);
        Assert.Contains("département", violations.Items.Single(v => v.Field == "territories[0].code").Description);
    }

    [Fact]
    public void Violations_are_added_to_those_already_found()
    {
        var earlier = new FieldViolations().Add("earlier", "Déjà signalé.");

        var violations = DossierContentCheck.Check(TestData.Complete2021() with { Title = " " }, earlier);

        Assert.Same(earlier, violations);
        Assert.Equal(["earlier", "title"], violations.Items.Select(v => v.Field));
    }

    [Theory]
    [InlineData(DossierLimits.Items, true)]
    [InlineData(DossierLimits.Items + 1, false)]
    public void Partners_team_members_and_territories_are_at_most_50_each(int count, bool accepted)
    {
        var details = TestData.Complete2021().Details;
        var content = TestData.Complete2021() with
        {
            Details = details with
            {
                Partners = [.. Enumerable.Repeat(new Partner("Commune", PartnerKind.LocalAuthority), count)],
                Team = [.. Enumerable.Repeat(details.Team[0], count)],
                Territories = [.. Enumerable.Repeat(details.Territories[0], count)],
            },
        };

        var fields = DossierContentCheck.Check(content).Items.Select(v => v.Field).ToList();

        Assert.Equal(accepted ? [] : ["partners", "team_members", "territories"], fields);
    }

    [Theory]
    [InlineData(DossierLimits.BudgetLines, true)]
    [InlineData(DossierLimits.BudgetLines + 1, false)]
    public void A_budget_has_at_most_100_lines(int count, bool accepted)
    {
        var line = new BudgetLine(ExpenseCategory.IntellectualServices, "Design", 100, "Atelier", "FR");
        var content = TestData.Complete2021(new Budget([.. Enumerable.Repeat(line, count)], 100));

        Assert.Equal(accepted ? [] : ["budget.lines"], DossierContentCheck.Check(content).Items.Select(v => v.Field));
    }

    [Theory]
    [InlineData(DossierLimits.LineAmountCents, true)]
    [InlineData(DossierLimits.LineAmountCents + 1, false)]
    [InlineData(1, true)]
    public void A_budget_line_is_at_most_ten_million_euros(long cents, bool accepted)
    {
        var content = TestData.Complete2021(new Budget([new BudgetLine(ExpenseCategory.IntellectualServices, "Design", cents, "Atelier", "FR")], 0));

        Assert.Equal(accepted, DossierContentCheck.Check(content).Items.All(v => v.Field != "budget.lines[0].amount_cents"));
    }

    [Fact]
    public void Every_eligibility_refusal_says_why()
    {
        var terms = ReferenceProgrammes.CoConstruction2021 with
        {
            AllowedLeadTypes = [LeadStructureType.CentralAdministration],
            EligibleExpenses = [ExpenseCategory.IntellectualServices],
        };
        var content = TestData.Complete2021() with
        {
            Theme = "Autre",
            Details = TestData.Complete2021().Details with
            {
                Maturity = null,
                Budget = new Budget([new BudgetLine(ExpenseCategory.InnovationTraining, "Formation", 100_000_00, "Fournisseur", "US")], 90_000_00),
                ActOfCandidacy = new ActOfCandidacy(" ", " ", SignatoryLevel.Director, null, true),
            },
        };

        var violations = SubmissionCheck.Check(terms, content);

        Assert.Equal(["act_of_candidacy.signatory_name", "act_of_candidacy.position", "act_of_candidacy.signed", "lead_structure.type", "theme", "maturity",
            "budget.lines[0].category", "budget.lines[0].provider_country"], violations.Items.Select(v => v.Field));
        AllSayWhy(violations);
        Assert.Contains(string.Join(" ; ", terms.Themes), violations.Items.Single(v => v.Field == "theme").Description);
    }

    [Fact]
    public void Each_missing_part_of_a_two_part_section_is_named()
    {
        var content = TestData.Complete2021() with
        {
            Details = TestData.Complete2021().Details with
            {
                Narrative = TestData.Complete2021().Details.Narrative with { ImpactForAgents = " ", ImpactForUsers = "", PriorActions = "", LessonsLearnt = " " },
            },
        };

        var fields = SubmissionCheck.Check(ReferenceProgrammes.CoConstruction2021, content).Items.Select(v => v.Field);

        Assert.Equal(["impact_for_agents", "impact_for_users", "prior_actions", "lessons_learnt"], fields);
    }

    [Fact]
    public void A_missing_act_and_empty_sections_are_required_by_the_call()
    {
        var content = TestData.Complete2021() with
        {
            Details = TestData.Complete2021().Details with { ActOfCandidacy = null, Team = [], Territories = [] },
        };

        var violations = SubmissionCheck.Check(ReferenceProgrammes.CoConstruction2021, content);

        Assert.Equal(["team_members", "territories", "act_of_candidacy"], violations.Items.Select(v => v.Field));
        Assert.All(violations.Items, v => Assert.Contains("exigée par l'appel", v.Description));
    }

    [Theory]
    [InlineData(false, ".")]
    [InlineData(true, " (plafond majoré des candidatures collectives).")]
    public void An_amount_out_of_range_names_the_range_and_says_when_the_ceiling_is_raised(bool collective, string ending)
    {
        var partners = collective ? new[] { new Partner("Métropole de Lyon", PartnerKind.LocalAuthority) } : [];
        var content = TestData.Complete2021(new Budget([new BudgetLine(ExpenseCategory.IntellectualServices, "Design", 500_000_00, "Atelier", "FR")], 400_000_00), partners);

        var violation = Assert.Single(SubmissionCheck.Check(ReferenceProgrammes.CoConstruction2021, content).Items);

        Assert.Equal("budget.requested_amount_cents", violation.Field);
        Assert.StartsWith($"Le montant demandé doit être compris entre {SubmissionCheck.Euros(70_000_00)} et ", violation.Description);
        Assert.EndsWith(ending, violation.Description);
    }

    [Fact]
    public void Budget_rules_wait_until_the_budget_lines_are_well_formed()
    {
        var content = TestData.Complete2021(new Budget([new BudgetLine(ExpenseCategory.IntellectualServices, "Design", 0, "Atelier", "US")], 1));

        var fields = SubmissionCheck.Check(ReferenceProgrammes.CoConstruction2021, content).Items.Select(v => v.Field);

        Assert.Equal(["budget.lines[0].amount_cents"], fields);
    }

    [Fact]
    public void Every_malformed_term_of_a_call_says_why()
    {
        var terms = ReferenceProgrammes.CoConstruction2021 with
        {
            Code = "cb",
            Title = " ",
            Description = new string('d', ProgrammeLimits.Description + 1),
            ClosesAt = ReferenceProgrammes.CoConstruction2021.OpensAt,
            EnvelopeCents = 0,
            Phases = [new PhaseTerms(Phase.Exploration, new DateOnly(2021, 9, 2), new DateOnly(2021, 9, 1), 5, 1), new PhaseTerms(Phase.Exploration, new DateOnly(2021, 9, 1), null)],
            Themes = [],
            AllowedLeadTypes = [],
            MinSelfFinancingPercent = 101,
            CollectiveAllowancePercent = -1,
            DecisionDueDays = 0,
        };

        var violations = ProgrammeTermsCheck.Check(terms);

        Assert.Equal(["title", "description", "code", "closes_at", "envelope_cents", "phases[0].ends_on", "phases[0].max_grant_cents", "phases[1].phase",
            "application_phase", "themes", "allowed_lead_types", "min_self_financing_percent", "collective_allowance_percent", "decision_due_days"],
            violations.Items.Select(v => v.Field));
        AllSayWhy(violations);
    }

    [Fact]
    public void Every_refused_step_of_a_call_s_life_says_why()
    {
        var terms = ReferenceProgrammes.CoConstruction2021;
        var programme = Programme.Draft(terms, "ditp-1", terms.OpensAt.AddDays(-10));
        var refusals = new List<ServiceException>
        {
            Assert.Throws<PreconditionFailedException>(() => programme.Close(terms.ClosesAt.AddDays(1))),
            Assert.Throws<PreconditionFailedException>(programme.Archive),
            Assert.Throws<PreconditionFailedException>(() => programme.EnsureOpen(terms.OpensAt)),
            Assert.Throws<RequestValidationException>(() => programme.Revise(terms with { Code = "XX21" })),
        };
        programme.Publish(terms.ClosesAt);
        refusals.Add(Assert.Throws<PreconditionFailedException>(() => programme.Publish(terms.OpensAt)));
        refusals.Add(Assert.Throws<PreconditionFailedException>(() => programme.Revise(terms)));
        refusals.Add(Assert.Throws<PreconditionFailedException>(() => programme.Close(terms.ClosesAt)));

        Assert.All(refusals, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal(["PROGRAMME_NOT_PUBLISHED", "PROGRAMME_NOT_CLOSED", "PROGRAMME_NOT_PUBLISHED", "PROGRAMME_NOT_DRAFT", "PROGRAMME_NOT_DRAFT", "PROGRAMME_STILL_OPEN"],
            refusals.OfType<PreconditionFailedException>().Select(e => e.Violations[0].Type));
        Assert.Equal("code", Assert.Single(((RequestValidationException)refusals[3]).Violations).Field);
        Assert.Contains(SharedKernel.Time.ParisTime.Format(terms.ClosesAt), refusals[6].Message);
    }

    [Fact]
    public void A_call_may_be_published_up_to_its_closing_instant_but_not_one_second_after()
    {
        var terms = ReferenceProgrammes.CoConstruction2021;
        var late = Programme.Draft(terms, "ditp-1", terms.OpensAt);

        var error = Assert.Throws<PreconditionFailedException>(() => late.Publish(terms.ClosesAt.AddSeconds(1)));
        Assert.Equal("PROGRAMME_CLOSING_PASSED", error.Violations[0].Type);
        Assert.Contains(SharedKernel.Time.ParisTime.Format(terms.ClosesAt), error.Message);

        late.Publish(terms.ClosesAt);
        Assert.Equal(ProgrammeStatus.Published, late.Status);
    }
}
