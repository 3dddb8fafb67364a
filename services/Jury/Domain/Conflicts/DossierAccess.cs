using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>
/// Who may read a dossier in the Jury: programme staff, and panel members free of conflict with it.
/// Everyone else — a conflicted juror included — is told it does not exist.
/// </summary>
public static class DossierAccess
{
    public static bool CanRead(Actor actor, Panel panel, DossierProfile dossier, ConflictRegister conflicts) =>
        actor.IsProgrammeStaff || (panel.Find(actor.UserId) is { } member && !conflicts.Check(member, dossier).IsConflicted);

    public static void EnsureCanRead(Actor actor, Panel panel, DossierProfile dossier, ConflictRegister conflicts)
    {
        if (!CanRead(actor, panel, dossier, conflicts))
        {
            throw new NotFoundException("Dossier", dossier.Reference);
        }
    }
}
