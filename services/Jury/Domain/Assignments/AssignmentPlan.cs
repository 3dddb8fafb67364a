using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>One reviewer the planner proposes for one dossier.</summary>
public sealed record ProposedAssignment(Guid DossierId, string DossierReference, string JurorUserId);

/// <summary>
/// A dossier the planner could not give its N reviewers, and exactly why: once the plan is made,
/// every panel member is either already on the dossier, in conflict with it, or at the per-juror maximum.
/// </summary>
public sealed record AssignmentShortfall(
    Guid DossierId,
    string DossierReference,
    int Required,
    int Assigned,
    int PanelSize,
    int MaxPerJuror,
    IReadOnlyList<string> ConflictedJurors,
    IReadOnlyList<string> JurorsAtCapacity)
{
    public string Description =>
        $"Dossier {DossierReference} : {Assigned} rapporteur(s) sur {Required} requis. Sur les {PanelSize} membres du jury, " +
        $"{Assigned} sont affectés à ce dossier, {ConflictedJurors.Count} sont en conflit d'intérêts avec lui{List(ConflictedJurors)} " +
        $"et {JurorsAtCapacity.Count} ont atteint leur maximum de {MaxPerJuror} dossiers{List(JurorsAtCapacity)}.";

    public PreconditionViolation ToViolation() => new("ASSIGNMENT_SHORTFALL", DossierReference, Description);

    private static string List(IReadOnlyList<string> userIds) => userIds.Count == 0 ? "" : $" ({string.Join(", ", userIds)})";
}

/// <summary>
/// What the planner proposes: new assignments in dossier order, the dossiers it could not complete,
/// and each juror's load once the plan is applied. <see cref="BasisRevision"/> is the revision of the
/// assignment book it was computed from; applying it to a book that changed since is refused.
/// </summary>
public sealed record AssignmentPlan(
    long BasisRevision,
    IReadOnlyList<ProposedAssignment> Assignments,
    IReadOnlyList<AssignmentShortfall> Shortfalls,
    IReadOnlyDictionary<string, int> Loads)
{
    public bool IsComplete => Shortfalls.Count == 0;

    public void ThrowIfIncomplete()
    {
        if (!IsComplete)
        {
            throw new PreconditionFailedException(Shortfalls.Select(s => s.ToViolation()).ToArray());
        }
    }
}
