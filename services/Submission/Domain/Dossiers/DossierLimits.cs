namespace Defis.Submission.Domain;

/// <summary>Lengths and counts past which a field is refused, shared by request checks and the schema.</summary>
public static class DossierLimits
{
    public const int ProgrammeCode = 16;
    public const int Title = 200;
    public const int LeadStructureName = 200;
    public const int Email = 254;
    public const int UserId = 200;
    public const int Theme = ProgrammeLimits.Theme;
    public const int Name = 200;
    public const int Text = 10_000;
    public const int Items = 50;
    public const int BudgetLines = 100;
    public const int Reason = 2_000;
    public const int Reference = 24;

    /// <summary>Ten million euros per line: far above any grant, low enough that sums never overflow.</summary>
    public const long LineAmountCents = 1_000_000_000;
}
