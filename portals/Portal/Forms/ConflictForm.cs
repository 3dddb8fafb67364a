using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>A juror's declaration of a conflict of interest for a call, as the form holds it.</summary>
public sealed class ConflictForm
{
    public string? ProgrammeCode { get; set; }

    public ConflictTargetKind TargetKind { get; set; }

    public string? Target { get; set; }

    public ConflictType Type { get; set; }

    public string? Note { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_ProgrammeCode", "programmeCode", "Appel"),
        new("Form_TargetKind", "targetKind", "Le conflit porte sur"),
        new("Form_Target", "target", "Organisation, territoire ou identifiant du dossier"),
        new("Form_Type", "type", "Nature du lien"),
        new("Form_Note", "note", "Précisions"),
    ];

    /// <summary>What is sent: the declaration is the caller's own (no juror named), texts trimmed.</summary>
    public DeclareConflictRequest ToRequest() => new()
    {
        ProgrammeCode = ProgrammeCode?.Trim() ?? "",
        TargetKind = TargetKind,
        Target = Target?.Trim() ?? "",
        Type = Type,
        Note = Note?.Trim() ?? "",
    };
}
