using Defis.SharedKernel.Errors;

namespace Defis.Correspondence.Domain.Access;

/// <summary>
/// The dossier's access rules, as pure functions. The team and programme staff see a dossier's attachments and thread;
/// its assigned jurors read its files only; only staff see annotations. Anyone else gets "not found", exactly as if the dossier did not exist (decision 0004).
/// </summary>
public static class CorrespondenceAccess
{
    /// <summary>A dossier this service has not heard of (no event from Submission yet) is visible to no one.</summary>
    public static bool CanSee(Caller caller, DossierTeam? team) => team is not null && (caller.IsStaff || team.Includes(caller));

    /// <summary>Returns the dossier's team, or throws "not found" when the caller may not see it (or it is unknown here).</summary>
    public static DossierTeam RequireVisible(Caller caller, Guid dossierId, DossierTeam? team) =>
        team is not null && CanSee(caller, team) ? team : throw new NotFoundException("Dossier", dossierId.ToString());

    /// <summary>Reading the files: whoever sees the dossier, and the jurors assigned to review it.</summary>
    public static bool CanReadFiles(Caller caller, DossierTeam? team) => CanSee(caller, team) || (team is not null && team.IsAssignedJuror(caller));

    /// <summary>Annotations are the instructors' private notes: to anyone but staff, they do not exist.</summary>
    public static DossierTeam RequireStaff(Caller caller, Guid dossierId, DossierTeam? team) =>
        caller.IsStaff ? RequireVisible(caller, dossierId, team) : throw new NotFoundException("Dossier", dossierId.ToString());
}
