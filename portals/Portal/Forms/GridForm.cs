using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>A panel's grid taken from one of the known calls' grids.</summary>
public sealed class GridForm
{
    public const string FormId = "formulaire-grille";

    public DefaultGrid DefaultGrid { get; set; }

    /// <summary>Without a grid chosen the platform finds no criteria: its word on them is said at the choice too.</summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Grille_DefaultGrid", "defaultGrid", "Grille de départ"),
        new("Grille_DefaultGrid", "criteria", "Grille de départ"),
    ];

    public DefineGridRequest ToRequest(string panelId) => new() { PanelId = panelId, DefaultGrid = DefaultGrid };

    public static FormErrors Refusal(string? body) => FormErrors.FromRefusal(body, Fields, FormId);
}
