using Defis.Contracts.Submission.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// Staff archive a closed call, and confirm it: an archived call stays readable but leaves the public list, and nothing
/// brings it back.
/// </summary>
public sealed class ArchiveForm
{
    public const string FormId = "formulaire-archivage";

    public const string NotConfirmed = "Cochez la case pour confirmer l'archivage de l'appel.";

    public bool Confirmed { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Archivage_Confirmation", "confirmation", "Confirmation de l'archivage"),
    ];

    /// <summary>The request to send, or null until the box is ticked (<see cref="Confirmation.MaySend(bool, FormField, string, FormErrors)"/>).</summary>
    public ArchiveProgrammeRequest? ToRequest(string code, FormErrors errors) =>
        Confirmation.MaySend(Confirmed, Fields[0], NotConfirmed, errors) ? new ArchiveProgrammeRequest { Code = code } : null;

    /// <summary>A state refusal (a call still open) is said once, on the form.</summary>
    public static FormErrors Refusal(string? body) => FormErrors.FromRefusal(body, Fields, FormId);

    /// <summary>Only the form's own problem when nothing was sent.</summary>
    public static FormErrors Unsent(FormErrors local) => FormErrors.Map([], Fields, FormId, FormErrors.FormLabel, local);
}
