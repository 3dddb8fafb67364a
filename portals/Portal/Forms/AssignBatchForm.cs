using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// « Lancer l'affectation »: reviewers for every dossier still missing some. The platform refuses a plan leaving a
/// dossier short unless staff accept it knowingly, with the box.
/// </summary>
public sealed class AssignBatchForm
{
    public const string FormId = "formulaire-lancement";

    public bool AcceptShortfalls { get; set; }

    /// <summary>A refusal naming no field (the dossiers left short, each with why) is said at the box that accepts them.</summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Lancement_AcceptShortfalls", "acceptShortfalls", "Dossiers sans tous leurs rapporteurs"),
    ];

    public AssignBatchRequest ToRequest(string panelId) => new() { PanelId = panelId, AcceptShortfalls = AcceptShortfalls };

    public static FormErrors Refusal(string? body) => FormErrors.FromRefusalAt("acceptShortfalls", body, Fields, FormId);
}
