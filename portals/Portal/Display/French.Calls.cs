using Defis.Contracts.Submission.V1;

namespace Defis.Portal.Display;

/// <summary>A call's terms as staff draft them and everyone reads them.</summary>
public static partial class French
{
    public static readonly IReadOnlyList<(Phase Value, string Label)> Phases =
    [
        (Contracts.Submission.V1.Phase.Exploration, Phase(Contracts.Submission.V1.Phase.Exploration)),
        (Contracts.Submission.V1.Phase.Incubation, Phase(Contracts.Submission.V1.Phase.Incubation)),
        (Contracts.Submission.V1.Phase.Experimentation, Phase(Contracts.Submission.V1.Phase.Experimentation)),
    ];

    /// <summary>The parts of a dossier a call may require, as the dossier's form titles them.</summary>
    public static readonly IReadOnlyList<(DossierSection Value, string Label)> Sections =
    [
        (DossierSection.Problem, "Problème à résoudre"),
        (DossierSection.Context, "Contexte"),
        (DossierSection.PriorityReform, "Réforme prioritaire concernée"),
        (DossierSection.ExpectedImpact, "Impact attendu"),
        (DossierSection.PriorActions, "Actions déjà menées"),
        (DossierSection.Team, "Équipe"),
        (DossierSection.Territories, "Territoires"),
        (DossierSection.Budget, "Budget"),
        (DossierSection.ActOfCandidacy, "Acte de candidature"),
    ];

    public static string ProgrammeStatus(ProgrammeStatus status) => status switch
    {
        Contracts.Submission.V1.ProgrammeStatus.Draft => "En préparation",
        Contracts.Submission.V1.ProgrammeStatus.Published => "Publié",
        Contracts.Submission.V1.ProgrammeStatus.Closed => "Clos",
        Contracts.Submission.V1.ProgrammeStatus.Archived => "Archivé",
        _ => "Inconnu",
    };
}
