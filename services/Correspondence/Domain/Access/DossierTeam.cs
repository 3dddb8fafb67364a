using Defis.SharedKernel.Teams;

namespace Defis.Correspondence.Domain.Access;

/// <summary>
/// The team of a dossier as Submission announced it: the lead (a user id) and the co-editors the lead invited (lower-case
/// e-mails), and the jurors the Jury has assigned to review it (never conflicted ones: the Jury does not assign them,
/// and unassigns a juror whose conflict is found later), who may read its files but are not part of the team.
/// </summary>
public sealed record DossierTeam(Guid DossierId, string LeadId, IReadOnlyCollection<string> CoEditorEmails, IReadOnlyCollection<string> AssignedJurorIds)
{
    public bool IsAssignedJuror(Caller caller) => AssignedJurorIds.Contains(caller.UserId);

    public bool Includes(Caller caller) =>
        caller.UserId == LeadId
        || EmailAddress.IsAmong(caller.Email, CoEditorEmails);
}
