using System.Globalization;
using Defis.Contracts.Funding.V1;

namespace Defis.Portal.Display;

/// <summary>A laureate's declared expenses as they and finance read them: categories, the day spent, the platform's verdict.</summary>
public static partial class French
{
    /// <summary>
    /// Every category the platform knows, in the form's order; the first five are the eligible ones (2021 call). The
    /// others are offered too: a laureate declares what was spent, and the platform rejects an ineligible one saying why.
    /// </summary>
    public static readonly IReadOnlyList<(Contracts.Funding.V1.ExpenseCategory Value, string Label)> GrantExpenseCategories =
    [
        (Contracts.Funding.V1.ExpenseCategory.ProjectManagementAssistance, "Assistance à maîtrise d'ouvrage"),
        (Contracts.Funding.V1.ExpenseCategory.ChangeManagement, "Conduite du changement"),
        (Contracts.Funding.V1.ExpenseCategory.Facilitation, "Animation"),
        (Contracts.Funding.V1.ExpenseCategory.CollaborativeDigitalTools, "Outils numériques collaboratifs et licences"),
        (Contracts.Funding.V1.ExpenseCategory.InnovationTraining, "Formation à l'innovation"),
        (Contracts.Funding.V1.ExpenseCategory.Equipment, "Équipement"),
        (Contracts.Funding.V1.ExpenseCategory.Travel, "Déplacements"),
        (Contracts.Funding.V1.ExpenseCategory.Salaries, "Rémunérations"),
        (Contracts.Funding.V1.ExpenseCategory.Other, "Autre"),
    ];

    public static string GrantExpenseCategory(Contracts.Funding.V1.ExpenseCategory category) => Label(GrantExpenseCategories, category);

    public static string ExpenseVerdict(DeclaredExpense expense) => expense.Accepted ? "Acceptée" : "Rejetée";

    public static string ExpenseVerdictBadge(DeclaredExpense expense) => expense.Accepted ? "fr-badge--success" : "fr-badge--error";

    /// <summary>The provider and where it is based, as declared: « Conseil Public SAS (FR) ».</summary>
    public static string Provider(ExpenseLine line) =>
        line.ProviderCountry.Length > 0 ? $"{line.Provider} ({line.ProviderCountry.ToUpper(CultureInfo.InvariantCulture)})" : line.Provider;
}
