namespace Defis.Jury.Domain;

/// <summary>
/// Chooses reviewers: N per dossier, never a conflicted juror, never more than the per-juror maximum,
/// loads as even as the constraints allow. Pure and deterministic: jurors are taken in user-id order
/// and dossiers in filing order whatever order they are given in, and ties between equally loaded
/// jurors are broken by a stable hash of (dossier, juror), which spreads co-reviewer pairs.
///
/// Existing assignments are fixed (a juror may have started reading); only the plan's own new
/// assignments are ever moved. The same function therefore serves a batch (many dossiers) and a
/// rolling call (one dossier arriving, existing load carried over).
///
/// Method: (1) each dossier in turn takes its least-loaded eligible jurors; when none is left under
/// the maximum, an augmenting chain moves new assignments from full jurors to jurors with room
/// (Ford–Fulkerson on dossier → juror → capacity), so every dossier gets N reviewers whenever any
/// assignment could give them; (2) while some juror has at least two more dossiers than another and a
/// chain of moves can pass one from the first to the second, it is moved. At that point the sum of
/// squared loads is minimal, hence the highest load is as low as possible: loads are within one of
/// each other unless conflicts or the maximum forbid it.
/// </summary>
public static class ReviewerAssigner
{
    public static AssignmentPlan Plan(
        IReadOnlyList<PanelMember> jurors,
        IReadOnlyList<DossierProfile> dossiers,
        ConflictRegister conflicts,
        IEnumerable<(Guid DossierId, string JurorUserId)> existing,
        AssignmentPolicy policy,
        long basisRevision = 0)
    {
        policy.Validate();
        var orderedJurors = jurors.DistinctBy(j => j.UserId).OrderBy(j => j.UserId, StringComparer.Ordinal).ToArray();
        var orderedDossiers = dossiers.DistinctBy(d => d.Id).ToArray();
        Array.Sort(orderedDossiers, DossierProfile.CompareByFiling);
        var search = new AssignmentSearch(orderedJurors, orderedDossiers, conflicts.Matrix(orderedJurors, orderedDossiers), policy);
        search.AddExisting(existing);
        search.Fill();
        search.Balance();
        return search.ToPlan(basisRevision);
    }
}
