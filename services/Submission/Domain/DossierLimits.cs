namespace Defis.Submission.Domain;

/// <summary>Lengths past which a field is refused, shared by request checks and the schema.</summary>
public static class DossierLimits
{
    public const int ProgrammeCode = 16;
    public const int Title = 200;
    public const int LeadStructureName = 200;
    public const int Email = 254;
    public const int UserId = 200;
}
