namespace Defis.Submission.Domain;

/// <summary>One demo dossier in a few words; <see cref="DemoCalls"/> turns it into complete content.</summary>
public sealed record DemoDossier(
    string Title,
    string LeadName,
    LeadStructureType LeadType,
    string Theme,
    string Problem,
    string Department,
    long RequestedEuros,
    string LeadUserId);

/// <summary>
/// Demo data for the two real calls: their terms, and dossiers written in our own words after the themes of
/// the 2018 laureates and of typical 2021 co-construction projects. Two demo teams lead them in turn.
/// </summary>
public static class DemoCalls
{
    public const string FirstTeam = "demo-porteur-1";
    public const string SecondTeam = "demo-porteur-2";

    public static IReadOnlyList<DemoDossier> For(string programmeCode) => programmeCode switch
    {
        "DCB18" => CartesBlanches2018,
        "CB21" => CoConstruction2021,
        _ => [],
    };

    // Stryker disable String : demonstration seed text (titles, names, narratives), not a rule of the domain.
    private static readonly IReadOnlyList<DemoDossier> CartesBlanches2018 =
    [
        new("Secours d'urgence : orienter l'appel dès la première minute", "Direction générale de la sécurité civile", LeadStructureType.CentralAdministration,
            "S'adapter aux risques émergents", "Les centres d'appel des pompiers et du SAMU se renvoient des appels qui auraient pu être orientés d'emblée.", "33", 25_000, FirstTeam),
        new("Informer les victimes de la suite donnée à leur plainte", "Direction des affaires criminelles et des grâces", LeadStructureType.CentralAdministration,
            "Faciliter l'accès aux droits", "Les victimes apprennent souvent par hasard le classement ou le renvoi de leur affaire.", "59", 25_000, SecondTeam),
        new("Des parents allophones acteurs de la scolarité de leurs enfants", "Rectorat de l'académie de Lyon", LeadStructureType.StateOperator,
            "Construire le service public avec ses bénéficiaires", "Les familles qui ne lisent pas le français manquent les rendez-vous clés de l'école.", "69", 25_000, FirstTeam),
        new("Faire connaître les bourses à ceux qui y ont droit", "Centre régional des œuvres universitaires de Rennes", LeadStructureType.StateOperator,
            "Faciliter l'accès aux droits", "Un étudiant éligible sur cinq ne demande pas la bourse à laquelle il a droit.", "35", 25_000, SecondTeam),
        new("Vivre avec la crue : des quartiers prêts avant l'alerte", "Direction départementale des territoires de l'Aude", LeadStructureType.CentralAdministration,
            "S'adapter aux risques émergents", "Les habitants des zones inondables ne savent pas quoi faire dans les heures qui précèdent la crue.", "11", 25_000, FirstTeam),
        new("Se chauffer au bois sans polluer l'air de la vallée", "Direction régionale de l'environnement Auvergne-Rhône-Alpes", LeadStructureType.CentralAdministration,
            "Aborder un problème sous un angle nouveau", "Les foyers anciens dégradent l'air l'hiver alors que les aides au remplacement sont peu demandées.", "74", 25_000, SecondTeam),
        new("Une mise à l'abri sûre et immédiate pour les femmes en danger", "Préfecture de la Seine-Saint-Denis", LeadStructureType.CentralAdministration,
            "Améliorer l'expérience et le parcours des usagers", "Trouver une place d'hébergement d'urgence prend des heures que ces femmes n'ont pas.", "93", 25_000, FirstTeam),
        new("Repérer la dyslexie avant qu'elle ne devienne un échec scolaire", "Direction des services départementaux de l'éducation nationale du Nord", LeadStructureType.StateOperator,
            "Aborder un problème sous un angle nouveau", "Le repérage arrive souvent au collège, après des années de difficultés non expliquées.", "59", 25_000, SecondTeam),
    ];

    // Stryker disable String : demonstration seed text (titles, names, narratives), not a rule of the domain.
    private static readonly IReadOnlyList<DemoDossier> CoConstruction2021 =
    [
        new("Rénover les écoles avec ceux qui les font vivre", "Direction de l'immobilier de l'État", LeadStructureType.CentralAdministration,
            "Transition écologique", "Les rénovations énergétiques des bâtiments publics ignorent l'usage réel qu'en font agents et élèves.", "44", 110_000, FirstTeam),
        new("Un guichet unique pour les démarches des jeunes agriculteurs", "Direction départementale des territoires du Gers", LeadStructureType.TerritorialAdministration,
            "Cohésion sociale et territoriale", "Un jeune qui s'installe doit frapper à sept portes différentes pour ses aides et autorisations.", "32", 95_000, SecondTeam),
        new("Des courriers que l'on comprend du premier coup", "Direction générale des finances publiques", LeadStructureType.CentralAdministration,
            "Relation aux usagers", "Un courrier sur trois déclenche un appel ou une visite pour en comprendre le sens.", "75", 120_000, FirstTeam),
        new("Former les agents d'accueil à l'accompagnement numérique", "Préfecture de la Creuse", LeadStructureType.TerritorialAdministration,
            "Travail et compétences des agents", "Les agents d'accueil aident chaque jour des usagers en difficulté avec le numérique sans y être formés.", "23", 80_000, SecondTeam),
        new("Réduire le gaspillage alimentaire des cantines d'État", "Direction régionale de l'alimentation Occitanie", LeadStructureType.TerritorialAdministration,
            "Transition écologique", "Un tiers des repas servis dans les restaurants administratifs finit à la poubelle.", "31", 75_000, FirstTeam),
        new("Trouver un logement quand on est apprenti", "Métropole de Lyon avec la préfecture du Rhône", LeadStructureType.LocalAuthorityWithStateService,
            "Cohésion sociale et territoriale", "Des apprentis renoncent à leur contrat faute de logement près de l'entreprise.", "69", 100_000, SecondTeam),
    ];
}

public static class DemoDossierContent
{
    /// <summary>Complete content for <paramref name="demo"/>: the narrative follows its problem, the budget its request.</summary>
    public static DossierContent ToContent(this DemoDossier demo, ProgrammeTerms terms, DateOnly signedOn)
    {
        var requested = demo.RequestedEuros * 100;
        var narrative = new Narrative(
            demo.Problem,
            $"Le constat vient des agents de terrain du département {demo.Department}, qui le rencontrent chaque semaine.",
            "Simplification et qualité du service rendu aux usagers.",
            "Moins de tâches répétitives et un travail qui a plus de sens.",
            "Un service plus simple, plus rapide et mieux compris.",
            "Des entretiens avec des usagers et un premier essai à petite échelle.",
            "Associer les usagers dès le début évite de construire la mauvaise solution.");
        var budget = new Budget(
        [
            new BudgetLine(ExpenseCategory.IntellectualServices, "Design de service et animation", requested, "Atelier Commun", "FR"),
            new BudgetLine(ExpenseCategory.InnovationTraining, "Formation des agents aux méthodes d'innovation", requested / 5, "Institut Nord", "BE"),
        ], requested);
        var email = $"{demo.LeadUserId}@example.gouv.fr";
        return new DossierContent(demo.Title, new LeadStructure(demo.LeadName, demo.LeadType), email, demo.Theme,
            new DossierDetails(
                terms.MaturityLevels.Count > 0 ? MaturityLevel.Tests : null,
                narrative,
                [],
                [new TeamMember("Équipe projet", "Cheffe de projet", email, true)],
                [new Territory(TerritoryKind.Department, demo.Department)],
                budget,
                new ActOfCandidacy("Direction de la structure", "Directrice", SignatoryLevel.Director, signedOn, true)));
    }
}
