using Defis.SharedKernel.Teams;

namespace Defis.Submission.Domain;

/// <summary>
/// A dossier as its lead or an invited team member finds it in their personal data (decision 0030): the content the
/// team wrote, its status and history. Who else acted on it (staff, the system, another team member) is not theirs:
/// the history says only whether the change was the person's own.
/// </summary>
public sealed record PersonalDossier(
    Guid Id,
    string? Reference,
    string ProgrammeCode,
    DossierRole YourRole,
    DossierStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? SubmittedAt,
    Phase? SelectedPhase,
    CorrectionRequest? Correction,
    DossierContent Content,
    IReadOnlyList<PersonalStatusChange> History,
    IReadOnlyList<string> InvitedCoEditors)
{
    /// <summary>The dossier as <paramref name="person"/> holds it; null when they are neither its lead nor invited to edit it.</summary>
    public static PersonalDossier? Of(Dossier dossier, Actor person)
    {
        if (!dossier.IsEditor(person))
        {
            return null;
        }
        var role = dossier.IsLead(person) ? DossierRole.Lead : DossierRole.CoEditor;
        return new PersonalDossier(dossier.Id, dossier.Reference, dossier.ProgrammeCode, role, dossier.Status, dossier.CreatedAt,
            dossier.UpdatedAt, dossier.SubmittedAt, dossier.SelectedPhase, dossier.Correction, dossier.Content,
            [.. dossier.History.Select(change => new PersonalStatusChange(change.From, change.To, change.At, change.Reason, change.By == person.UserId))],
            // The lead invited them; a team member sees only that they were invited themselves (Invitations).
            role == DossierRole.Lead ? dossier.CoEditorEmails : []);
    }
}

/// <summary>What the person is to the dossier. The content is the team's whole: Submission does not keep who wrote which part.</summary>
public enum DossierRole
{
    Lead = 1,
    CoEditor = 2,
}

/// <summary>A change of status without its author's identity: <paramref name="ByYou"/> tells the person's own.</summary>
public sealed record PersonalStatusChange(DossierStatus? From, DossierStatus To, DateTimeOffset At, string? Reason, bool ByYou);

/// <summary>An invitation the person received to edit a dossier led by someone else.</summary>
public sealed record CoEditorInvitation(Guid DossierId, string? Reference, string Title, string InvitedEmail)
{
    public static CoEditorInvitation? Of(PersonalDossier dossier, Actor person) => dossier.YourRole == DossierRole.CoEditor
        ? new CoEditorInvitation(dossier.Id, dossier.Reference, dossier.Content.Title, EmailAddress.Normalised(person.Email))
        : null;
}
