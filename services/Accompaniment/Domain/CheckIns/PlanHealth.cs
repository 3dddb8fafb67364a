namespace Defis.Accompaniment.Domain.CheckIns;

public enum PlanHealth
{
    OnTrack = 1,
    AtRisk = 2,
    Late = 3,
}

/// <summary>
/// The thresholds of the portfolio rule: a check-in is expected every <paramref name="CheckInEveryDays"/>
/// days, tolerated <paramref name="GraceDays"/> more; a milestone due within <paramref name="NotStartedWarningDays"/>
/// days that the team has not even started is a warning sign.
/// </summary>
public sealed record PortfolioRule(int CheckInEveryDays, int GraceDays, int NotStartedWarningDays)
{
    public static PortfolioRule Default { get; } = new(14, 7, 7);

    public int SilenceToleratedDays => CheckInEveryDays + GraceDays;
}

/// <summary>One line of the portfolio: a plan, its health and, in French, why.</summary>
public sealed record PlanAssessment(Guid PlanId, Guid DossierId, string ProjectTitle, IReadOnlyList<string> CoachIds,
    PlanHealth Health, IReadOnlyList<string> Reasons);
