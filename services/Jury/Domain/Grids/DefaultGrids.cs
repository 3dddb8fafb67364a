namespace Defis.Jury.Domain;

/// <summary>
/// The grids of the two known calls, as starting points a programme team can copy and adjust. Labels
/// are ours, written from what each call asked of its jury.
/// </summary>
public static class DefaultGrids
{
    /// <summary>
    /// "Défis Cartes Blanches" (2018): four criteria of equal weight, each on 0–5; a comment is required
    /// on impact and on the diagnosis, which carry the jury's reasoning.
    /// </summary>
    public static IReadOnlyList<Criterion> CartesBlanches2018 { get; } =
    [
        new("impact", "Impact attendu du défi pour les usagers ou l'efficacité de l'action publique", 1, 5, CommentRequired: true),
        new("diagnostic", "Solidité de l'analyse et du diagnostic qui ont fait émerger le défi", 1, 5, CommentRequired: true),
        new("equipe", "Qualité de l'équipe d'agents publics qui porte le défi", 1, 5, CommentRequired: false),
        new("terrain", "Pertinence du terrain d'expérimentation proposé", 1, 5, CommentRequired: false),
    ];

    /// <summary>
    /// Co-construction call (2021): its two essential criteria weigh double and are scored on 0–5; the
    /// particular attention paid to ecological and social issues is a lighter 0–3 criterion.
    /// </summary>
    public static IReadOnlyList<Criterion> CoConstruction2021 { get; } =
    [
        new("impact", "Impact : enjeu majeur lié à une réforme prioritaire, réplicable ailleurs ou déployable au niveau national", 2, 5, CommentRequired: true),
        new("co_construction", "Démarche ouverte de co-construction avec usagers et agents, méthodes innovantes, plusieurs parties prenantes", 2, 5, CommentRequired: true),
        new("ecologie_social", "Prise en compte des enjeux écologiques et sociaux", 1, 3, CommentRequired: false),
    ];
}
