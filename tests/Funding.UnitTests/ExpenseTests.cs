using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class ExpenseTests
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(Scenario.Now.Date).AddDays(-1);

    internal static ExpenseDeclaration Declaration(ExpenseCategory category, long cents, string country = "FR", string invoice = "F-2019-001") =>
        new(category, new Money(cents), "Atelier Coop", country, Yesterday, invoice);

    private static (Scenario Scenario, Grant Grant, ExpenseLedger Ledger) Ledger(IReadOnlyDictionary<ExpenseCategory, Money>? budgets = null)
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation, Money.FromEuros(25_000));
        return (scenario, grant, ExpenseLedger.Open(grant, budgets));
    }

    [Theory]
    [InlineData(ExpenseCategory.ProjectManagementAssistance)]
    [InlineData(ExpenseCategory.ChangeManagement)]
    [InlineData(ExpenseCategory.Facilitation)]
    [InlineData(ExpenseCategory.CollaborativeDigitalTools)]
    [InlineData(ExpenseCategory.InnovationTraining)]
    public void Eligible_expenses_from_european_providers_are_accepted(ExpenseCategory category)
    {
        var (scenario, grant, ledger) = Ledger();
        var accepted = Assert.IsType<ExpenseAccepted>(ledger.Declare(grant, Declaration(category, 250_000, "CH"), scenario.Laureate));
        Assert.Equal((category, new Money(250_000)), (accepted.Category, accepted.Amount));
        Assert.True(Assert.Single(ledger.Lines).IsAccepted);
    }

    public static TheoryData<ExpenseDeclaration, string, string> Rejections => new()
    {
        { Declaration(ExpenseCategory.Travel, 10_000), "category", "déplacements" },
        { Declaration(ExpenseCategory.Equipment, 10_000), "category", "n'est pas une dépense éligible" },
        { Declaration(ExpenseCategory.Facilitation, 10_000, "US"), "provider_country", "établi en Europe" },
        { Declaration(ExpenseCategory.Facilitation, 10_000, "TR"), "provider_country", "TR" },
        { Declaration(ExpenseCategory.Facilitation, 2_500_001), "amount", "reste de la dotation (25\u202F000,00\u00A0€)" },
        { Declaration(ExpenseCategory.Facilitation, long.MaxValue), "amount", "reste de la dotation" },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void A_rejected_line_says_why_in_french(ExpenseDeclaration declaration, string field, string reason)
    {
        var (scenario, grant, ledger) = Ledger();

        var rejected = Assert.IsType<ExpenseRejected>(ledger.Declare(grant, declaration, scenario.Laureate));

        var line = Assert.Single(ledger.Lines);
        var violation = Assert.Single(line.Rejections);
        Assert.Equal(field, violation.Field);
        Assert.Contains(reason, violation.Description);
        Assert.Equal([violation.Description], rejected.Reasons);
        Assert.Equal(Money.Zero, ledger.Accepted);
    }

    [Theory]
    [InlineData("MC")] [InlineData("AD")] [InlineData("SM")] [InlineData("VA")] [InlineData("GB")] [InlineData("CH")]
    public void A_provider_filing_accepts_is_accepted_at_payment_too(string country)
    {
        var (scenario, grant, ledger) = Ledger();

        var outcome = ledger.Declare(grant, Declaration(ExpenseCategory.Facilitation, 10_000, country), scenario.Laureate);

        Assert.IsType<ExpenseAccepted>(outcome);
    }

    [Fact]
    public void A_category_budget_caps_its_expenses_and_totals_are_kept_per_category()
    {
        var (scenario, grant, ledger) = Ledger(new Dictionary<ExpenseCategory, Money> { [ExpenseCategory.InnovationTraining] = Money.FromEuros(3_000) });
        ledger.Declare(grant, Declaration(ExpenseCategory.InnovationTraining, 200_000, invoice: "A1"), scenario.Laureate);
        ledger.Declare(grant, Declaration(ExpenseCategory.Facilitation, 700_050, invoice: "A2"), scenario.Laureate);
        var over = ledger.Declare(grant, Declaration(ExpenseCategory.InnovationTraining, 100_001, invoice: "A3"), scenario.Laureate);
        ledger.Declare(grant, Declaration(ExpenseCategory.InnovationTraining, 100_000, invoice: "A4"), scenario.Laureate);

        Assert.Contains("budget « formation à l'innovation » (1\u202F000,00\u00A0€)", Assert.Single(Assert.IsType<ExpenseRejected>(over).Reasons));
        Assert.Equal(
            [new CategoryTotal(ExpenseCategory.Facilitation, new Money(700_050), null),
             new CategoryTotal(ExpenseCategory.InnovationTraining, Money.FromEuros(3_000), Money.FromEuros(3_000))],
            ledger.Totals());
        Assert.Equal(new Money(1_000_050), ledger.Accepted);
    }

    [Fact]
    public void All_reasons_are_given_together_and_an_invoice_is_accepted_once()
    {
        var (scenario, grant, ledger) = Ledger();
        ledger.Declare(grant, Declaration(ExpenseCategory.Facilitation, 10_000), scenario.Laureate);

        var again = Assert.IsType<ExpenseRejected>(ledger.Declare(grant, Declaration(ExpenseCategory.Facilitation, 10_000), scenario.Laureate));
        var everything = Assert.IsType<ExpenseRejected>(ledger.Declare(grant, Declaration(ExpenseCategory.Salaries, 9_000_000, "CN", "B7"), scenario.Laureate));

        Assert.Contains("déjà été acceptée", Assert.Single(again.Reasons));
        Assert.Equal(["category", "provider_country", "amount"], ledger.Lines[^1].Rejections.Select(r => r.Field));
        Assert.Equal(3, everything.Reasons.Count);
    }

    public static TheoryData<ExpenseDeclaration, string[]> BadInputs => new()
    {
        { Declaration(ExpenseCategory.Facilitation, 0), ["amount"] },
        { Declaration(ExpenseCategory.Facilitation, -1), ["amount"] },
        { Declaration((ExpenseCategory)0, 100), ["category"] },
        { Declaration((ExpenseCategory)77, 100), ["category"] },
        { Declaration(ExpenseCategory.Facilitation, 100, "fr"), ["provider_country"] },
        { Declaration(ExpenseCategory.Facilitation, 100, "FRA"), ["provider_country"] },
        { Declaration(ExpenseCategory.Facilitation, 100, invoice: " "), ["invoice_reference"] },
        { Declaration(ExpenseCategory.Facilitation, 100) with { Provider = "" }, ["provider"] },
        { Declaration(ExpenseCategory.Facilitation, 100) with { Date = Yesterday.AddDays(2) }, ["date"] },
        { Declaration((ExpenseCategory)0, -1, "", "") with { Provider = " " }, ["category", "amount", "provider", "invoice_reference", "provider_country"] },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Malformed_declarations_are_answered_field_by_field_and_recorded_nowhere(ExpenseDeclaration declaration, string[] fields)
    {
        var (scenario, grant, ledger) = Ledger();
        var sequence = scenario.Counter.LastSequence;

        var error = Assert.Throws<RequestValidationException>(() => ledger.Declare(grant, declaration, scenario.Laureate));

        Assert.Equal(fields, error.Violations.Select(v => v.Field));
        Assert.Empty(ledger.Lines);
        Assert.Equal(sequence, scenario.Counter.LastSequence);
    }

    [Fact]
    public void Expenses_go_only_to_their_own_committed_grant()
    {
        var (scenario, grant, ledger) = Ledger();
        var other = scenario.Committed(Phase.Incubation);
        Assert.Throws<NotFoundException>(() => ledger.Declare(other, Declaration(ExpenseCategory.Facilitation, 100), scenario.Laureate));

        grant.Cancel("Abandon", scenario.Envelope, scenario.Officer);
        var error = Assert.Throws<PreconditionFailedException>(() => ledger.Declare(grant, Declaration(ExpenseCategory.Facilitation, 100), scenario.Laureate));
        Assert.Equal("GRANT_STATE", Assert.Single(error.Violations).Type);
    }

    [Fact]
    public void Budgets_must_be_eligible_positive_and_within_the_grant()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation, Money.FromEuros(25_000));
        var error = Assert.Throws<RequestValidationException>(() => ExpenseLedger.Open(grant, new Dictionary<ExpenseCategory, Money>
        {
            [ExpenseCategory.Travel] = Money.FromEuros(100),
            [ExpenseCategory.Facilitation] = Money.FromEuros(30_000),
            [ExpenseCategory.ChangeManagement] = Money.Zero,
        }));
        Assert.Equal(["budgets[Travel]", "budgets[Facilitation]", "budgets[ChangeManagement]"], error.Violations.Select(v => v.Field));
    }
}
