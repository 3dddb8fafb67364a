using Defis.Contracts.Funding.V1;
using Defis.Portal.Display;

namespace Defis.Portal.UnitTests;

public sealed class FrenchExpensesTests
{
    [Theory]
    [InlineData(ExpenseCategory.ProjectManagementAssistance, "Assistance à maîtrise d'ouvrage")]
    [InlineData(ExpenseCategory.ChangeManagement, "Conduite du changement")]
    [InlineData(ExpenseCategory.Facilitation, "Animation")]
    [InlineData(ExpenseCategory.CollaborativeDigitalTools, "Outils numériques collaboratifs et licences")]
    [InlineData(ExpenseCategory.InnovationTraining, "Formation à l'innovation")]
    [InlineData(ExpenseCategory.Equipment, "Équipement")]
    [InlineData(ExpenseCategory.Travel, "Déplacements")]
    [InlineData(ExpenseCategory.Salaries, "Rémunérations")]
    [InlineData(ExpenseCategory.Other, "Autre")]
    [InlineData(ExpenseCategory.Unspecified, "Non précisé")]
    public void An_expense_s_category_reads_in_French(ExpenseCategory category, string shown) =>
        Assert.Equal(shown, French.GrantExpenseCategory(category));

    [Fact]
    public void The_form_offers_every_category_the_platform_knows_the_eligible_ones_first() =>
        Assert.Equal(Enum.GetValues<ExpenseCategory>().Where(c => c != ExpenseCategory.Unspecified).Order(),
            French.GrantExpenseCategories.Select(c => c.Value));

    [Fact]
    public void An_accepted_expense_says_so_in_green()
    {
        var expense = new DeclaredExpense { Accepted = true };

        Assert.Equal(("Acceptée", "fr-badge--success"), (French.ExpenseVerdict(expense), French.ExpenseVerdictBadge(expense)));
    }

    [Fact]
    public void A_rejected_expense_says_so_in_red()
    {
        var expense = new DeclaredExpense { Accepted = false, Rejections = { new Rejection { Field = "provider_country", Description = "Hors d'Europe." } } };

        Assert.Equal(("Rejetée", "fr-badge--error"), (French.ExpenseVerdict(expense), French.ExpenseVerdictBadge(expense)));
    }

    [Theory]
    [InlineData("Conseil Public SAS", "FR", "Conseil Public SAS (FR)")]
    [InlineData("Acme Inc.", "us", "Acme Inc. (US)")]
    [InlineData("Sans pays", "", "Sans pays")]
    public void The_provider_is_named_with_where_it_is_based(string provider, string country, string shown) =>
        Assert.Equal(shown, French.Provider(new ExpenseLine { Provider = provider, ProviderCountry = country }));
}
