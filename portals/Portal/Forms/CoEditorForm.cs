using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Teams;

namespace Defis.Portal.Forms;

/// <summary>The lead lets a member of the dossier's team edit it too, chosen among the team by email.</summary>
public sealed class CoEditorForm
{
    public const string FormId = "formulaire-co-editeur";

    public string? Email { get; set; }

    public static readonly IReadOnlyList<FormField> Fields = [new("CoEditor_Email", "email", "Membre de l'équipe")];

    public InviteCoEditorRequest ToRequest(string dossierId) => new() { DossierId = dossierId, Email = Email?.Trim() ?? "" };

    /// <summary>The team members who may still be invited, as the select lists them: « Claire Martin (claire.martin@…) ».</summary>
    public static IReadOnlyList<(string Value, string Label)> Candidates(Dossier dossier) =>
        [.. (dossier.Content?.TeamMembers ?? [])
            .Where(m => m.Email.Length > 0 && !EmailAddress.IsAmong(m.Email, dossier.CoEditorEmails))
            .Select(m => (m.Email.Trim(), $"{m.Name} ({m.Email.Trim()})"))];
}
