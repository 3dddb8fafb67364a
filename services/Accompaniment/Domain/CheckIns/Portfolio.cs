using Defis.SharedKernel.Time;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Domain.Time;

namespace Defis.Accompaniment.Domain.CheckIns;

/// <summary>
/// The programme team's view of all its plans, worst first. The rule, in order:
/// <list type="number">
/// <item><b>Late</b> — at least one milestone still awaits evidence after its Paris due day (whether or
/// not the follow-up has run yet; submitted, validated and waived milestones never count).</item>
/// <item><b>At risk</b> — none late, but at least one warning sign: no check-in for more than
/// <see cref="PortfolioRule.SilenceToleratedDays"/> days (counted from the plan's first day when there is
/// none yet); the last check-in reports risks or asks for help; a milestone due within
/// <see cref="PortfolioRule.NotStartedWarningDays"/> days is still only planned.</item>
/// <item><b>On track</b> — otherwise.</item>
/// </list>
/// A plan that has not started yet is judged on its milestones only.
/// </summary>
public static class Portfolio
{
    public static IReadOnlyList<PlanAssessment> Of(Guid programmeId, IEnumerable<SupportPlan> plans, DateTimeOffset now, PortfolioRule rule) =>
        [.. plans.Where(p => p.ProgrammeId == programmeId)
            .Select(p => Assess(p, now, rule))
            .OrderByDescending(a => a.Health)
            .ThenBy(a => a.ProjectTitle, StringComparer.Ordinal)
            .ThenBy(a => a.PlanId)];

    public static PlanAssessment Assess(SupportPlan plan, DateTimeOffset now, PortfolioRule rule)
    {
        var late = plan.Milestones.Where(m => m.IsOverdueAt(now))
            .Select(m => $"jalon en retard : {m.Title} (échéance du {ParisCalendar.InFrench(m.Due)})").ToList();
        if (late.Count > 0)
        {
            return Line(plan, PlanHealth.Late, late);
        }
        var warnings = WarningSigns(plan, now, rule).ToList();
        return Line(plan, warnings.Count > 0 ? PlanHealth.AtRisk : PlanHealth.OnTrack, warnings);
    }

    private static IEnumerable<string> WarningSigns(SupportPlan plan, DateTimeOffset now, PortfolioRule rule)
    {
        var today = ParisTime.DateOf(now);
        var last = plan.LastCheckIn;
        if (today >= plan.Start)
        {
            var since = last is null ? plan.Start : ParisTime.DateOf(last.SubmittedAt);
            if (today.DayNumber - since.DayNumber > rule.SilenceToleratedDays)
            {
                yield return last is null
                    ? $"aucun point d'étape depuis le début de l'accompagnement ({ParisCalendar.InFrench(plan.Start)})"
                    : $"pas de point d'étape depuis le {ParisCalendar.InFrench(since)}";
            }
        }
        if (last is { ReportsRisks: true })
        {
            yield return "risques signalés au dernier point d'étape";
        }
        if (last is { AsksForHelp: true })
        {
            yield return "aide demandée au dernier point d'étape";
        }
        foreach (var m in plan.Milestones.Where(m => m.Status == MilestoneStatus.Planned && m.Due.DayNumber - today.DayNumber <= rule.NotStartedWarningDays))
        {
            yield return $"jalon proche non démarré : {m.Title} (échéance du {ParisCalendar.InFrench(m.Due)})";
        }
    }

    private static PlanAssessment Line(SupportPlan plan, PlanHealth health, IReadOnlyList<string> reasons) =>
        new(plan.Id, plan.DossierId, plan.Laureate.ProjectTitle, plan.CoachIds, health, reasons);
}
