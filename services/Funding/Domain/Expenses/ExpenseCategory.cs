namespace Defis.Funding.Domain;

/// <summary>
/// What an expense paid for. The first five are the operating expenses the 2021 call made eligible
/// (intellectual services, collaborative digital tools, innovation training); the others exist so that
/// a laureate can declare them and be told precisely why they are refused.
/// </summary>
public enum ExpenseCategory
{
    ProjectManagementAssistance = 1,
    ChangeManagement = 2,
    Facilitation = 3,
    CollaborativeDigitalTools = 4,
    InnovationTraining = 5,
    Equipment = 20,
    Travel = 21,
    Salaries = 22,
    Other = 99,
}

public static class ExpenseCategories
{
    private static readonly HashSet<ExpenseCategory> Eligible =
    [
        ExpenseCategory.ProjectManagementAssistance,
        ExpenseCategory.ChangeManagement,
        ExpenseCategory.Facilitation,
        ExpenseCategory.CollaborativeDigitalTools,
        ExpenseCategory.InnovationTraining,
    ];

    public static bool IsEligible(this ExpenseCategory category) => Eligible.Contains(category);

    public static string InFrench(this ExpenseCategory category) => category switch
    {
        ExpenseCategory.ProjectManagementAssistance => "assistance à maîtrise d'ouvrage",
        ExpenseCategory.ChangeManagement => "conduite du changement",
        ExpenseCategory.Facilitation => "animation",
        ExpenseCategory.CollaborativeDigitalTools => "outils numériques collaboratifs et licences",
        ExpenseCategory.InnovationTraining => "formation à l'innovation",
        ExpenseCategory.Equipment => "équipement",
        ExpenseCategory.Travel => "déplacements",
        ExpenseCategory.Salaries => "rémunérations",
        _ => "autre",
    };
}
