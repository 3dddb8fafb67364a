namespace Defis.Jury.Domain;

/// <summary>Lengths and bounds past which an input is refused, shared by the domain checks and the schema.</summary>
public static class JuryLimits
{
    public const int ProgrammeCode = 16;
    public const int UserId = 200;
    public const int Name = 200;
    public const int CriterionCode = 40;
    public const int CriterionLabel = 200;
    public const int MaxCriteria = 20;
    public const int MaxWeight = 100;
    public const int MaxScale = 100;

    /// <summary>Scales of one grid must have a least common multiple no larger than this, so that totals stay exact in 64 bits.</summary>
    public const int MaxScalesLcm = 10_000;
    public const int ScoreComment = 4000;
    public const int GeneralComment = 8000;
    public const int Reason = 2000;
    public const int Rationale = 4000;

    /// <summary>10 M€: far above any grant of the known calls, low enough to catch a unit mistake (euros typed as cents × 100).</summary>
    public const long MaxGrantCents = 1_000_000_000;
}
