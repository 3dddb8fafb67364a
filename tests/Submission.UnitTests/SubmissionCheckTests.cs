using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

public sealed class SubmissionCheckTests
{
    private static readonly ProgrammeTerms Call = ReferenceProgrammes.CoConstruction2021;

    private static string[] Fields(DossierContent content, ProgrammeTerms? terms = null) =>
        SubmissionCheck.Check(terms ?? Call, content).Items.Select(v => v.Field).Order().ToArray();

    [Fact]
    public void A_complete_2021_dossier_passes() => Assert.Empty(Fields(TestData.Complete2021()));

    [Fact]
    public void An_empty_dossier_hears_about_every_missing_section_at_once()
    {
        var content = TestData.Complete2021() with { Theme = "", Details = DossierDetails.Empty };

        Assert.Equal(
            new[]
            {
                "act_of_candidacy", "budget.lines", "context", "impact_for_agents", "impact_for_users", "lessons_learnt", "maturity",
                "prior_actions", "priority_reform", "problem", "team_members", "territories", "theme",
            },
            Fields(content));
    }

    [Fact]
    public void An_unsigned_act_is_refused()
    {
        var content = TestData.Complete2021();
        content = content with { Details = content.Details with { ActOfCandidacy = content.Details.ActOfCandidacy! with { Signed = false } } };

        Assert.Equal(["act_of_candidacy.signed"], Fields(content));
    }

    [Fact]
    public void The_2018_call_refuses_a_territorial_administration_as_lead()
    {
        var content = TestData.Complete2021() with
        {
            Theme = ReferenceProgrammes.CartesBlanches2018.Themes[0],
            Lead = new LeadStructure("DDT du Rhône", LeadStructureType.TerritorialAdministration),
            Details = TestData.Complete2021().Details with { Budget = new Budget([new BudgetLine(ExpenseCategory.IntellectualServices, "Incubation", 25_000_00, "Atelier Commun", "FR")], 25_000_00) },
        };

        Assert.Equal(["lead_structure.type"], Fields(content, ReferenceProgrammes.CartesBlanches2018));
    }

    [Theory]
    [InlineData(69_999_99, false, false)]
    [InlineData(70_000_00, false, true)]
    [InlineData(120_000_00, false, true)]
    [InlineData(120_000_01, false, false)]
    [InlineData(180_000_00, true, true)]    // collective: ceiling raised by 50 %
    [InlineData(180_000_01, true, false)]
    public void The_requested_amount_is_within_the_range_raised_for_collective_candidacies(long requested, bool collective, bool accepted)
    {
        var budget = new Budget([new BudgetLine(ExpenseCategory.IntellectualServices, "Accompagnement", 200_000_00, "Atelier Commun", "FR")], requested);
        var partners = collective ? new[] { new Partner("Métropole de Lyon", PartnerKind.LocalAuthority, new Territory(TerritoryKind.Commune, "69123")) } : [];

        var fields = Fields(TestData.Complete2021(budget, partners));

        Assert.Equal(accepted, !fields.Contains("budget.requested_amount_cents"));
    }

    [Fact]
    public void Two_territories_make_a_candidacy_collective()
    {
        var budget = new Budget([new BudgetLine(ExpenseCategory.IntellectualServices, "Accompagnement", 200_000_00, "Atelier Commun", "FR")], 150_000_00);
        var territories = new[] { new Territory(TerritoryKind.Department, "69"), new Territory(TerritoryKind.Department, "2A") };

        Assert.Empty(Fields(TestData.Complete2021(budget, territories: territories)));
    }

    [Fact]
    public void Requesting_more_than_the_budget_is_refused()
    {
        var budget = new Budget([new BudgetLine(ExpenseCategory.IntellectualServices, "Accompagnement", 80_000_00, "Atelier Commun", "FR")], 90_000_00);

        Assert.Equal(["budget.requested_amount_cents"], Fields(TestData.Complete2021(budget)));
    }

    [Fact]
    public void A_minimum_self_financing_share_is_enforced_when_the_call_sets_one()
    {
        var terms = Call with { MinSelfFinancingPercent = 20 };
        var budget = new Budget([new BudgetLine(ExpenseCategory.IntellectualServices, "Accompagnement", 100_000_00, "Atelier Commun", "FR")], 80_000_01);

        Assert.Equal(["budget.requested_amount_cents"], Fields(TestData.Complete2021(budget), terms));
        Assert.Empty(Fields(TestData.Complete2021(budget with { RequestedCents = 80_000_00 }), terms));
    }

    [Fact]
    public void Each_bad_budget_line_is_named_by_its_index()
    {
        var budget = new Budget(
        [
            new BudgetLine(ExpenseCategory.IntellectualServices, "Design", 50_000_00, "Atelier Commun", "FR"),
            new BudgetLine(ExpenseCategory.InnovationTraining, "Formation", 30_000_00, "Campus Ouest", "DE"),
            new BudgetLine(ExpenseCategory.CollaborativeDigitalTools, "Licences", 20_000_00, "Cloudy Inc.", "US"),
        ], 80_000_00);
        var onlyServices = Call with { EligibleExpenses = [ExpenseCategory.IntellectualServices] };

        Assert.Equal(["budget.lines[1].category", "budget.lines[2].category", "budget.lines[2].provider_country"],
            Fields(TestData.Complete2021(budget), onlyServices));
    }

    public static TheoryData<string, string> BadContent => new()
    {
        { "bad siret", "lead_structure.siret" },
        { "bad commune", "territories[0].code" },
        { "bad department", "territories[0].code" },
        { "bad member email", "team_members[0].email" },
        { "zero amount", "budget.lines[0].amount_cents" },
        { "lower-case country", "budget.lines[0].provider_country" },
        { "negative request", "budget.requested_amount_cents" },
        { "unknown lead type", "lead_structure.type" },
        { "bad partner territory", "partners[0].territory.code" },
        { "blank title", "title" },
    };

    [Theory]
    [MemberData(nameof(BadContent))]
    public void Malformed_content_names_its_field(string change, string field)
    {
        var content = TestData.Complete2021();
        var details = content.Details;
        var line = details.Budget.Lines[0];
        content = change switch
        {
            "bad siret" => content with { Lead = content.Lead with { Siret = "13002526500014" } },
            "bad commune" => content with { Details = details with { Territories = [new Territory(TerritoryKind.Commune, "6912")] } },
            "bad department" => content with { Details = details with { Territories = [new Territory(TerritoryKind.Department, "20")] } },
            "bad member email" => content with { Details = details with { Team = [details.Team[0] with { Email = "claire@" }] } },
            "zero amount" => content with { Details = details with { Budget = details.Budget with { Lines = [line with { AmountCents = 0 }] } } },
            "lower-case country" => content with { Details = details with { Budget = details.Budget with { Lines = [line with { ProviderCountry = "fr" }] } } },
            "negative request" => content with { Details = details with { Budget = details.Budget with { RequestedCents = -1 } } },
            "unknown lead type" => content with { Lead = content.Lead with { Type = (LeadStructureType)42 } },
            "bad partner territory" => content with { Details = details with { Partners = [new Partner("Commune", PartnerKind.LocalAuthority, new Territory(TerritoryKind.Commune, "00000"))] } },
            "blank title" => content with { Title = "  " },
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        Assert.Contains(field, DossierContentCheck.Check(content).Items.Select(v => v.Field));
    }
}
