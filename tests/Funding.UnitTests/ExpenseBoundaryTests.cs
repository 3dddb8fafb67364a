using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

/// <summary>The grant, the category budgets and the declaration date, at the limit and one cent / one day either side.</summary>
public sealed class ExpenseBoundaryTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(Scenario.Now.Date);

    private static (Scenario Scenario, Grant Grant) CommittedGrant()
    {
        var scenario = Scenario.CartesBlanches();
        return (scenario, scenario.Committed(Phase.Incubation, Money.FromEuros(25_000)));
    }

    private static ExpenseDeclaration Expense(long cents, string invoice, ExpenseCategory category = ExpenseCategory.Facilitation, DateOnly? date = null) =>
        new(category, new Money(cents), "Atelier Coop", "FR", date ?? Today, invoice);

    [Fact]
    public void Expenses_may_use_the_grant_to_the_last_cent_but_not_one_more()
    {
        var (scenario, grant) = CommittedGrant();
        var ledger = ExpenseLedger.Open(grant);
        ledger.Declare(grant, Expense(1_000_000, "A1"), scenario.Laureate);

        var over = Assert.IsType<ExpenseRejected>(ledger.Declare(grant, Expense(1_500_001, "A2"), scenario.Laureate));
        Assert.Contains(new Money(1_500_000).ToFrench(), Assert.Single(over.Reasons));

        Assert.IsType<ExpenseAccepted>(ledger.Declare(grant, Expense(1_500_000, "A3"), scenario.Laureate));
        Assert.Equal(grant.Amount, ledger.Accepted);
    }

    [Fact]
    public void A_category_budget_may_be_used_to_the_last_cent_but_not_one_more()
    {
        var (scenario, grant) = CommittedGrant();
        var ledger = ExpenseLedger.Open(grant, new Dictionary<ExpenseCategory, Money> { [ExpenseCategory.Facilitation] = new(300_000) });
        ledger.Declare(grant, Expense(100_000, "B1"), scenario.Laureate);

        var over = Assert.IsType<ExpenseRejected>(ledger.Declare(grant, Expense(200_001, "B2"), scenario.Laureate));
        Assert.Contains($"« animation » ({new Money(200_000).ToFrench()})", Assert.Single(over.Reasons));

        Assert.IsType<ExpenseAccepted>(ledger.Declare(grant, Expense(200_000, "B3"), scenario.Laureate));
        Assert.Equal(new Money(300_000), ledger.AcceptedIn(ExpenseCategory.Facilitation));
    }

    [Fact]
    public void A_budget_may_equal_the_grant_but_not_exceed_it_by_one_cent()
    {
        var (_, grant) = CommittedGrant();

        ExpenseLedger.Open(grant, new Dictionary<ExpenseCategory, Money> { [ExpenseCategory.Facilitation] = grant.Amount });
        var error = Assert.Throws<RequestValidationException>(() =>
            ExpenseLedger.Open(grant, new Dictionary<ExpenseCategory, Money> { [ExpenseCategory.Facilitation] = grant.Amount + new Money(1) }));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("budgets[Facilitation]", violation.Field);
        Assert.Contains(grant.Amount.ToFrench(), violation.Description);
    }

    [Fact]
    public void An_ineligible_budget_names_its_category()
    {
        var (_, grant) = CommittedGrant();

        var error = Assert.Throws<RequestValidationException>(() =>
            ExpenseLedger.Open(grant, new Dictionary<ExpenseCategory, Money> { [ExpenseCategory.Salaries] = new(100) }));

        Assert.Contains(ExpenseCategory.Salaries.InFrench(), Assert.Single(error.Violations).Description);
    }

    [Fact]
    public void An_expense_dated_today_is_accepted_one_dated_tomorrow_is_malformed()
    {
        var (scenario, grant) = CommittedGrant();
        var ledger = ExpenseLedger.Open(grant);

        Assert.IsType<ExpenseAccepted>(ledger.Declare(grant, Expense(100, "C1", date: Today), scenario.Laureate));
        var error = Assert.Throws<RequestValidationException>(() => ledger.Declare(grant, Expense(100, "C2", date: Today.AddDays(1)), scenario.Laureate));
        Assert.Equal("date", Assert.Single(error.Violations).Field);
        Assert.Single(ledger.Lines);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("Fr")]
    [InlineData("F1")]
    [InlineData("FRA")]
    [InlineData("")]
    public void A_country_code_is_two_capital_letters(string country)
    {
        var declaration = Expense(100, "D1") with { ProviderCountry = country };

        var error = Assert.Throws<RequestValidationException>(() => declaration.Validate(Today));

        Assert.Equal("provider_country", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void Every_category_has_its_own_french_name()
    {
        var names = Enum.GetValues<ExpenseCategory>().Select(c => c.InFrench()).ToList();

        Assert.All(names, n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void A_duplicate_invoice_is_rejected_saying_so()
    {
        var (scenario, grant) = CommittedGrant();
        var ledger = ExpenseLedger.Open(grant);
        ledger.Declare(grant, Expense(100, "F-1"), scenario.Laureate);

        var again = Assert.IsType<ExpenseRejected>(ledger.Declare(grant, Expense(100, " f-1 "), scenario.Laureate));

        Assert.Contains("déjà été acceptée", Assert.Single(again.Reasons));
        Assert.Equal("invoice_reference", Assert.Single(ledger.Lines[1].Rejections).Field);
    }

    [Fact]
    public void No_expense_on_a_grant_not_yet_committed()
    {
        var scenario = Scenario.CartesBlanches();
        var proposal = scenario.Propose(Phase.Incubation);
        var ledger = ExpenseLedger.Open(proposal);

        var error = Assert.Throws<PreconditionFailedException>(() => ledger.Declare(proposal, Expense(100, "G1"), scenario.Laureate));

        Assert.Equal(("GRANT_STATE", "grant"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Empty(ledger.Lines);
    }

    [Fact]
    public void A_ledger_refuses_another_programme_s_counter_and_another_grant()
    {
        var (scenario, grant) = CommittedGrant();
        var other = Scenario.CartesBlanches();
        var ledger = ExpenseLedger.Open(grant);

        Assert.Throws<InvalidOperationException>(() => ledger.Declare(grant, Expense(100, "H1"), other.Laureate));
        var notFound = Assert.Throws<NotFoundException>(() => ledger.Declare(other.Committed(Phase.Incubation), Expense(100, "H2"), scenario.Laureate));
        Assert.Contains("Dotation", notFound.Message);
        Assert.Empty(ledger.Lines);
    }
}
