using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>
/// The assignment book of one panel: which juror reviews which dossier. It is the consistency boundary
/// of the per-juror maximum, so every change goes through it and bumps <see cref="Revision"/>.
/// </summary>
public sealed class PanelAssignments : AuditedAggregate
{
    private readonly List<Assignment> _assignments = [];

    private readonly List<AssignmentChange> _changes = [];

    // Active (dossier, juror) pairs, built on first use (after loading) and kept in step with every change.
    private HashSet<(Guid DossierId, string JurorUserId)>? _activePairs;

    private PanelAssignments()
    {
    }

    public Guid Id { get; private set; }

    public Guid PanelId { get; private set; }

    public string ProgrammeCode { get; private set; } = "";

    public Phase Phase { get; private set; }

    public AssignmentPolicy Policy { get; private set; } = new(3, 1);

    /// <summary>Bumped by every change; a plan computed on an older revision is refused.</summary>
    public long Revision { get; private set; }

    public IReadOnlyList<Assignment> Assignments => _assignments;

    public IEnumerable<Assignment> Active => _assignments.Where(a => a.IsActive);

    /// <summary>
    /// The assignments started and ended since the last call, in the order they happened, whatever path changed the
    /// book (batch, manual, reassignment, a conflict, a withdrawn dossier): they are announced with the change.
    /// </summary>
    public IReadOnlyList<AssignmentChange> TakeChanges()
    {
        var taken = _changes.ToArray();
        _changes.Clear();
        return taken;
    }

    public static PanelAssignments Open(Panel panel, AssignmentPolicy policy, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        policy.Validate();
        return new PanelAssignments
        {
            Id = Guid.CreateVersion7(now),
            PanelId = panel.Id,
            ProgrammeCode = panel.ProgrammeCode,
            Phase = panel.Phase,
            Policy = policy,
        };
    }

    public bool IsAssigned(Guid dossierId, string jurorUserId) => ActivePairs.Contains((dossierId, jurorUserId));

    public int LoadOf(string jurorUserId) => Active.Count(a => a.JurorUserId == jurorUserId);

    public IReadOnlyList<string> ReviewersOf(Guid dossierId) => Active.Where(a => a.DossierId == dossierId).Select(a => a.JurorUserId).ToArray();

    /// <summary>Reviews expected per dossier: its active assignments.</summary>
    public IReadOnlyDictionary<Guid, int> ExpectedReviews() => Active.GroupBy(a => a.DossierId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Plans reviewers for these dossiers (a batch, or the one dossier that just arrived), keeping current assignments.</summary>
    public AssignmentPlan Plan(Panel panel, IReadOnlyList<DossierProfile> dossiers, ConflictRegister conflicts)
    {
        EnsureSamePanel(panel);
        return ReviewerAssigner.Plan(panel.Members, dossiers, conflicts, Active.Select(a => (a.DossierId, a.JurorUserId)), Policy, Revision);
    }

    /// <summary>
    /// Applies a plan computed on the current revision. An incomplete plan is refused, each short
    /// dossier named with its reason, unless <paramref name="acceptShortfalls"/> says staff knowingly
    /// apply what could be done.
    /// </summary>
    public void Apply(AssignmentPlan plan, Actor actor, DateTimeOffset now, bool acceptShortfalls = false)
    {
        actor.EnsureProgrammeStaff();
        if (plan.BasisRevision != Revision)
        {
            throw new ConflictException("Les affectations ont changé depuis le calcul de ce plan : recalculez-le.");
        }
        if (!acceptShortfalls)
        {
            plan.ThrowIfIncomplete();
        }
        foreach (var proposal in plan.Assignments)
        {
            AddAssignment(proposal.DossierId, proposal.DossierReference, proposal.JurorUserId, AssignmentOrigin.Planned, actor, now, "Affectation planifiée.");
        }
        Revision++;
    }

    /// <summary>Staff add one reviewer by hand; conflicts and the per-juror maximum still apply.</summary>
    public void AssignManually(DossierProfile dossier, string jurorUserId, Panel panel, ConflictRegister conflicts, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        EnsureSamePanel(panel);
        var juror = EnsureCanTake(dossier, jurorUserId, panel, conflicts);
        AddAssignment(dossier.Id, dossier.Reference, juror.UserId, AssignmentOrigin.Manual, actor, now, "Affectation manuelle.");
        Revision++;
    }

    /// <summary>
    /// Hands one dossier from one juror to another. Refused when the newcomer is in conflict, already on
    /// the dossier or at the maximum, and when the departing juror has submitted their review
    /// (<paramref name="departingReviewSubmitted"/>: the review aggregate knows it; reopen it first if needed).
    /// </summary>
    public void Reassign(DossierProfile dossier, string fromJurorUserId, string toJurorUserId, bool departingReviewSubmitted, string? reason,
        Panel panel, ConflictRegister conflicts, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        EnsureSamePanel(panel);
        new FieldViolations().RequiredText("reason", reason, JuryLimits.Reason).ThrowIfAny();
        var current = Active.FirstOrDefault(a => a.DossierId == dossier.Id && a.JurorUserId == fromJurorUserId)
            ?? throw new NotFoundException("Affectation", $"{dossier.Reference}/{fromJurorUserId}");
        if (departingReviewSubmitted)
        {
            throw new PreconditionFailedException("REVIEW_SUBMITTED", dossier.Reference,
                $"{fromJurorUserId} a déjà soumis son évaluation du dossier {dossier.Reference} : elle ne peut pas être réattribuée.");
        }
        var juror = EnsureCanTake(dossier, toJurorUserId, panel, conflicts);
        Withdraw(current, reason!.Trim(), now);
        Add(Assignment.Create(dossier.Id, dossier.Reference, juror.UserId, AssignmentOrigin.Manual, actor.UserId, now));
        Audit(now, actor.UserId, AuditAction.ReviewerReassigned, Id,
            $"Dossier {dossier.Reference} réattribué de {fromJurorUserId} à {juror.UserId}. Motif : {reason.Trim()}", dossier.Id, juror.UserId);
        Revision++;
    }

    /// <summary>
    /// Withdraws the assignments that a conflict (declared or detected since) now forbids, and returns
    /// the dossiers that lost a reviewer, to plan again.
    /// </summary>
    public IReadOnlyList<DossierProfile> WithdrawConflicted(Panel panel, IReadOnlyList<DossierProfile> dossiers, ConflictRegister conflicts, Actor actor,
        DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        EnsureSamePanel(panel);
        var affected = new List<DossierProfile>();
        var members = panel.Members;
        var matrix = conflicts.Matrix(members, dossiers);
        for (var d = 0; d < dossiers.Count; d++)
        {
            var dossier = dossiers[d];
            for (var j = 0; j < members.Count; j++)
            {
                var assignment = matrix.IsConflicted(d, j) ? Active.FirstOrDefault(a => a.DossierId == dossier.Id && a.JurorUserId == members[j].UserId) : null;
                if (assignment is not null)
                {
                    var check = conflicts.Check(members[j], dossier);
                    var reason = $"Conflit d'intérêts : {string.Join(" ; ", check.Findings.Select(f => f.Description))}";
                    Withdraw(assignment, reason, now);
                    Audit(now, actor.UserId, AuditAction.ReviewerWithdrawn, Id, $"Dossier {dossier.Reference} retiré à {assignment.JurorUserId}. {reason}",
                        dossier.Id, assignment.JurorUserId);
                    if (!affected.Contains(dossier))
                    {
                        affected.Add(dossier);
                    }
                }
            }
        }
        if (affected.Count > 0)
        {
            Revision++;
        }
        return affected;
    }

    /// <summary>The dossier left the competition (its team withdrew it): its active assignments end, for the record. Returns how many.</summary>
    public int WithdrawDossier(Guid dossierId, string reason, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        var active = Active.Where(a => a.DossierId == dossierId).ToArray();
        foreach (var assignment in active)
        {
            Withdraw(assignment, reason, now);
            Audit(now, actor.UserId, AuditAction.ReviewerWithdrawn, Id,
                $"Dossier {assignment.DossierReference} retiré à {assignment.JurorUserId}. {reason}", dossierId, assignment.JurorUserId);
        }
        if (active.Length > 0)
        {
            Revision++;
        }
        return active.Length;
    }

    private PanelMember EnsureCanTake(DossierProfile dossier, string jurorUserId, Panel panel, ConflictRegister conflicts)
    {
        var juror = panel.Find(jurorUserId) ?? throw new NotFoundException("Juré", jurorUserId);
        if (IsAssigned(dossier.Id, juror.UserId))
        {
            throw new ConflictException($"{juror.DisplayName} est déjà rapporteur du dossier {dossier.Reference}.", alreadyExists: true);
        }
        var check = conflicts.Check(juror, dossier);
        if (check.IsConflicted)
        {
            throw new PreconditionFailedException(check.Findings
                .Select(f => new PreconditionViolation("CONFLICT_OF_INTEREST", dossier.Reference, $"{juror.DisplayName} : {f.Description}"))
                .ToArray());
        }
        if (LoadOf(juror.UserId) >= Policy.MaxPerJuror)
        {
            throw new PreconditionFailedException("JUROR_AT_CAPACITY", juror.UserId,
                $"{juror.DisplayName} a atteint le maximum de {Policy.MaxPerJuror} dossiers.");
        }
        return juror;
    }

    private void AddAssignment(Guid dossierId, string reference, string jurorUserId, AssignmentOrigin origin, Actor actor, DateTimeOffset now, string detail)
    {
        Add(Assignment.Create(dossierId, reference, jurorUserId, origin, actor.UserId, now));
        Audit(now, actor.UserId, AuditAction.ReviewerAssigned, Id, $"Dossier {reference} attribué à {jurorUserId}. {detail}", dossierId, jurorUserId);
    }

    // Stryker disable once Assignment : a cache of the active pairs; rebuilding it from the assignments gives the same set.
    private HashSet<(Guid DossierId, string JurorUserId)> ActivePairs => _activePairs ??= Active.Select(a => (a.DossierId, a.JurorUserId)).ToHashSet();

    private void Add(Assignment assignment)
    {
        ActivePairs.Add((assignment.DossierId, assignment.JurorUserId));
        _assignments.Add(assignment);
        _changes.Add(new AssignmentChange(assignment, Started: true));
    }

    private void Withdraw(Assignment assignment, string reason, DateTimeOffset now)
    {
        ActivePairs.Remove((assignment.DossierId, assignment.JurorUserId));
        assignment.Withdraw(reason, now);
        _changes.Add(new AssignmentChange(assignment, Started: false));
    }

    private void EnsureSamePanel(Panel panel)
    {
        if (panel.Id != PanelId)
        {
            throw new ArgumentException($"Panel {panel.Id} is not the panel of assignment book {Id}.", nameof(panel));
        }
    }
}
