using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.CheckIns;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Milestones;
using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Plans;

/// <summary>
/// The coaching of one laureate for one phase: its coaches, its dates, its milestones and check-ins.
/// Every change checks who acts (a coach of this plan, its laureate team, or programme staff) and
/// returns its events; a refused change throws before changing anything.
/// One plan per dossier and phase: persistence enforces it with a unique index on (dossier_id, phase),
/// so that a redelivered "laureate selected" event cannot open a second plan. A selection taken back closes the
/// plan rather than deleting it (<see cref="Close"/>): it refuses every change but is still read. Concurrent changes to
/// one plan are serialised by an optimistic concurrency token on the plan row (xmin); the loser retries.
/// </summary>
public sealed partial class SupportPlan
{
    public const int MaxCoaches = 3;

    private readonly List<string> _coachIds;
    private readonly List<Milestone> _milestones = [];
    private readonly List<CheckIn> _checkIns = [];

    private SupportPlan(Guid id, Laureate laureate, DateOnly start, DateOnly end, IEnumerable<string> coachIds, DateTimeOffset openedAt)
    {
        Id = id;
        Laureate = laureate;
        Start = start;
        End = end;
        _coachIds = [.. coachIds];
        OpenedAt = openedAt;
    }

    public Guid Id { get; }

    public Laureate Laureate { get; }

    public Guid ProgrammeId => Laureate.ProgrammeId;

    public Guid DossierId => Laureate.DossierId;

    public Phase Phase => Laureate.Phase;

    /// <summary>First Paris day of the coaching.</summary>
    public DateOnly Start { get; }

    /// <summary>Last Paris day of the coaching, as planned.</summary>
    public DateOnly End { get; }

    public DateTimeOffset OpenedAt { get; }

    public IReadOnlyList<string> CoachIds => _coachIds;

    /// <summary>In due-date order, then by creation.</summary>
    public IReadOnlyList<Milestone> Milestones => [.. _milestones.OrderBy(m => m.Due).ThenBy(m => m.Id)];

    /// <summary>Oldest first.</summary>
    public IReadOnlyList<CheckIn> CheckIns => _checkIns;

    public bool IsCoach(string userId) => _coachIds.Contains(userId, StringComparer.Ordinal);

    public bool IsLaureateMember(string userId) => Laureate.HasMember(userId);

    /// <summary>
    /// Opens the plan of a dossier the jury just selected: the least-loaded coach(es) of the programme team,
    /// the phase's duration from <paramref name="start"/>, and the template's milestones.
    /// </summary>
    public static (SupportPlan Plan, IReadOnlyList<AccompanimentEvent> Events) Open(Laureate laureate, DateOnly start,
        IReadOnlyList<CoachLoad> team, PhaseTemplate template, Change change, int coaches = 1)
    {
        ValidateLaureate(laureate, coaches);
        if (template.Phase != laureate.Phase)
        {
            throw new InvalidOperationException($"Template of phase {template.Phase} used for a {laureate.Phase} plan.");
        }
        var chosen = CoachAssignment.LeastLoaded(team, coaches);
        var plan = new SupportPlan(Guid.CreateVersion7(change.Now), laureate, start, template.EndFrom(start), chosen, change.Now);
        foreach (var step in template.Milestones)
        {
            plan._milestones.Add(Milestone.Plan(plan.Id, step.Title, start.AddDays(step.OffsetDays), change.Now));
        }
        return (plan, [new SupportPlanOpened(EventHeader.For(change), plan.Id, plan.ProgrammeId, plan.DossierId, plan.Phase,
            plan.Start, plan.End, plan.CoachIds)]);
    }

    private static void ValidateLaureate(Laureate laureate, int coaches)
    {
        var violations = new FieldViolations()
            .RequiredText("laureate.project_title", laureate.ProjectTitle, 300)
            .OptionalText("laureate.theme", laureate.Theme, 200)
            .KnownEnum("laureate.phase", laureate.Phase);
        if (laureate.MemberIds.Count == 0 || laureate.MemberIds.Any(string.IsNullOrWhiteSpace))
        {
            violations.Add("laureate.member_ids", "L'équipe lauréate doit compter au moins un membre identifié.");
        }
        if (coaches is < 1 or > MaxCoaches)
        {
            violations.Add("coaches", $"Un plan compte de 1 à {MaxCoaches} coachs.");
        }
        violations.ThrowIfAny();
    }

    private Milestone Find(Guid milestoneId) =>
        _milestones.FirstOrDefault(m => m.Id == milestoneId) ?? throw new NotFoundException("Jalon", milestoneId.ToString());

    private void RequireCoach(Change change, string action)
    {
        if (!IsCoach(change.By.UserId))
        {
            throw new PermissionDeniedException($"Seul un coach de ce plan d'accompagnement peut {action}.");
        }
        RequireRunning();
    }

    private void RequireLaureate(Change change, string action)
    {
        if (!IsLaureateMember(change.By.UserId))
        {
            throw new PermissionDeniedException($"Seule l'équipe lauréate de ce plan peut {action}.");
        }
        RequireRunning();
    }

    private void RequireStaff(Change change, string action)
    {
        if (!change.By.Is(AccompanimentRoles.ProgrammeStaff))
        {
            throw new PermissionDeniedException($"Seule l'équipe du programme peut {action}.");
        }
        RequireRunning();
    }
}
