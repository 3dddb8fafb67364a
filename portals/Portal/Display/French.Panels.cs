using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Display;

/// <summary>A call's panels as staff set them up: phases, members' kinds and roles, grids and assignment policies in French.</summary>
public static partial class French
{
    public static readonly IReadOnlyList<(Phase Value, string Label)> JuryPhases =
    [
        (Contracts.Jury.V1.Phase.Exploration, "Exploration"),
        (Contracts.Jury.V1.Phase.Incubation, "Incubation"),
        (Contracts.Jury.V1.Phase.Experimentation, "Expérimentation"),
    ];

    public static readonly IReadOnlyList<(MemberKind Value, string Label)> MemberKinds =
    [
        (MemberKind.Expert, "Personnalité qualifiée"),
        (MemberKind.PublicAgent, "Agent public"),
    ];

    public static readonly IReadOnlyList<(PanelRole Value, string Label)> PanelRoles =
    [
        (PanelRole.President, "Président ou présidente"),
        (PanelRole.Rapporteur, "Rapporteur ou rapporteuse"),
        (PanelRole.Member, "Membre"),
    ];

    public static readonly IReadOnlyList<(DefaultGrid Value, string Label)> DefaultGrids =
    [
        (DefaultGrid.CartesBlanches2018, "Défis Cartes Blanches 2018 (impact, diagnostic, équipe, terrain)"),
        (DefaultGrid.CoConstruction2021, "Appel co-construction 2021 (impact, co-construction, attention écologique et sociale)"),
    ];

    /// <summary>E.g. "3 membres", "1 membre", "Aucun membre".</summary>
    public static string Members(int count) => count switch
    {
        0 => "Aucun membre",
        1 => "1 membre",
        _ => $"{count} membres",
    };

    /// <summary>E.g. "Version 2", "Version 1, figée" once a review was scored on it; "Non définie" without a grid.</summary>
    public static string GridVersion(Grid? grid) => grid is null ? "Non définie"
        : grid.FrozenAt is null ? $"Version {grid.Version}" : $"Version {grid.Version}, figée";

    /// <summary>E.g. "2 rapporteurs par dossier, 10 dossiers au plus par juré"; "Non définies" before they are set.</summary>
    public static string AssignmentPolicy(AssignmentBook? book) => book is null ? "Non définies"
        : $"{Count(book.ReviewersPerDossier, "rapporteur", "rapporteurs")} par dossier, {Count(book.MaxPerJuror, "dossier", "dossiers")} au plus par juré";

    /// <summary>E.g. "Sur 5, commentaire obligatoire", "Sur 3".</summary>
    public static string Scale(Criterion criterion) =>
        $"Sur {criterion.ScaleMax}{(criterion.CommentRequired ? ", commentaire obligatoire" : "")}";

    /// <summary>
    /// What a batch of assignments did, e.g. "L'affectation est lancée : 3 affectations créées ; 1 dossier n'a pas tous
    /// ses rapporteurs."
    /// </summary>
    public static string AssignmentBatch(int created, int shortfalls)
    {
        var made = created switch
        {
            0 when shortfalls == 0 => "chaque dossier avait déjà ses rapporteurs",
            0 => "aucune affectation créée",
            _ => Count(created, "affectation créée", "affectations créées"),
        };
        var left = shortfalls switch
        {
            0 => "",
            1 => " ; 1 dossier n'a pas tous ses rapporteurs",
            _ => $" ; {shortfalls} dossiers n'ont pas tous leurs rapporteurs",
        };
        return $"L'affectation est lancée : {made}{left}.";
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
