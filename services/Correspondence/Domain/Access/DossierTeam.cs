namespace Defis.Correspondence.Domain.Access;

/// <summary>
/// The team of a dossier as Submission announced it: the lead (a user id) and the co-editors the lead invited (lower-case
/// e-mails). Jurors are not part of it: their access waits for the Jury's assignments (not consumed yet).
/// </summary>
public sealed record DossierTeam(Guid DossierId, string LeadId, IReadOnlyCollection<string> CoEditorEmails)
{
    public bool Includes(Caller caller) =>
        caller.UserId == LeadId
        || (caller.Email is { Length: > 0 } email && CoEditorEmails.Contains(email.ToLowerInvariant()));
}
