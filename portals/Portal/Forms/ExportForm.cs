using Defis.Contracts.Submission.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// The format of an export (a call's dossiers, its finance, a panel's ranking): the platform writes CSV or XLSX
/// (docs/exports/) and says itself what it refuses, on this form.
/// </summary>
public sealed class ExportForm
{
    public const string FormId = "formulaire-export";

    /// <summary>The platform's values and how people know them, CSV first: the platform's default.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Formats =
    [
        ("csv", "CSV (texte, séparé par des virgules)"),
        ("xlsx", "Excel (XLSX)"),
    ];

    public string? Format { get; set; } = "csv";

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Export_Format", "format", "Format du fichier"),
    ];

    /// <summary>What was chosen, as sent: an empty choice is the platform's to take as its default or refuse.</summary>
    public string Chosen => Format ?? "";

    /// <summary>The file's extension when the gateway names no file: the platform's default, CSV, when none was chosen.</summary>
    public static string Extension(string format) => format.Length > 0 ? format.ToLowerInvariant() : "csv";

    public StartDossierExportRequest ToRequest(string code) => new() { ProgrammeCode = code, Format = Chosen };

    /// <summary>A refusal's body as the form's errors; a problem with the call itself is said on the form.</summary>
    public static FormErrors Refusal(string? body) => FormErrors.FromRefusal(body, Fields, FormId);
}
