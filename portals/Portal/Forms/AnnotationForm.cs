using Defis.Contracts.Correspondence.V1;

namespace Defis.Portal.Forms;

/// <summary>A private note of programme staff on a dossier: the team and the jurors never see it.</summary>
public sealed class AnnotationForm
{
    public const string FormId = "formulaire-note";

    public string? Body { get; set; }

    public static readonly IReadOnlyList<FormField> Fields = [new("Note_Body", "body", "Note interne")];

    public AddAnnotationRequest ToRequest(string dossierId) => new() { DossierId = dossierId, Body = Body?.Trim() ?? "" };
}
