using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Time;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.Display;

/// <summary>The contracts' values as people read them: French words, euros, Europe/Paris dates.</summary>
public static partial class French
{
    public static readonly IReadOnlyList<(LeadStructureType Value, string Label)> LeadTypes =
    [
        (LeadStructureType.CentralAdministration, "Administration centrale"),
        (LeadStructureType.StateOperator, "Opérateur de l'État"),
        (LeadStructureType.TerritorialAdministration, "Administration territoriale de l'État"),
        (LeadStructureType.LocalAuthorityWithStateService, "Collectivité territoriale avec un service de l'État"),
    ];

    public static readonly IReadOnlyList<(MaturityLevel Value, string Label)> Maturities =
    [
        (MaturityLevel.Framing, "Cadrage"),
        (MaturityLevel.Tests, "Tests"),
        (MaturityLevel.Prototyping, "Prototypage"),
        (MaturityLevel.Deployment, "Déploiement"),
    ];

    public static readonly IReadOnlyList<(ExpenseCategory Value, string Label)> ExpenseCategories =
    [
        (ExpenseCategory.IntellectualServices, "Prestations intellectuelles"),
        (ExpenseCategory.CollaborativeDigitalTools, "Outils numériques collaboratifs"),
        (ExpenseCategory.InnovationTraining, "Formation à l'innovation"),
    ];

    public static readonly IReadOnlyList<(SignatoryLevel Value, string Label)> SignatoryLevels =
    [
        (SignatoryLevel.Minister, "Ministre"),
        (SignatoryLevel.Prefect, "Préfet ou préfète"),
        (SignatoryLevel.DirectorGeneral, "Directeur ou directrice générale"),
        (SignatoryLevel.Director, "Directeur ou directrice"),
        (SignatoryLevel.HeadOfService, "Chef ou cheffe de service"),
        (SignatoryLevel.ElectedOfficial, "Élu ou élue"),
        (SignatoryLevel.Other, "Autre"),
    ];

    public static readonly IReadOnlyList<(Contracts.Jury.V1.OverallOpinion Value, string Label)> Opinions =
    [
        (Contracts.Jury.V1.OverallOpinion.Favourable, "Favorable"),
        (Contracts.Jury.V1.OverallOpinion.FavourableWithReservations, "Favorable avec réserves"),
        (Contracts.Jury.V1.OverallOpinion.Unfavourable, "Défavorable"),
    ];

    public static readonly IReadOnlyList<(Contracts.Jury.V1.ConfidenceLevel Value, string Label)> Confidences =
    [
        (Contracts.Jury.V1.ConfidenceLevel.Low, "Faible"),
        (Contracts.Jury.V1.ConfidenceLevel.Medium, "Moyen"),
        (Contracts.Jury.V1.ConfidenceLevel.High, "Élevé"),
    ];

    public static readonly IReadOnlyList<(Contracts.Jury.V1.ConflictTargetKind Value, string Label)> ConflictTargets =
    [
        (Contracts.Jury.V1.ConflictTargetKind.Organisation, "Une organisation"),
        (Contracts.Jury.V1.ConflictTargetKind.Territory, "Un territoire"),
        (Contracts.Jury.V1.ConflictTargetKind.Dossier, "Un dossier"),
    ];

    public static readonly IReadOnlyList<(Contracts.Jury.V1.ConflictType Value, string Label)> ConflictTypes =
    [
        (Contracts.Jury.V1.ConflictType.Hierarchical, "Lien hiérarchique"),
        (Contracts.Jury.V1.ConflictType.Collaborator, "Collaboration"),
        (Contracts.Jury.V1.ConflictType.Personal, "Lien personnel"),
        (Contracts.Jury.V1.ConflictType.Other, "Autre"),
    ];

    public static string ReviewStatus(Contracts.Jury.V1.ReviewStatus? status) => status switch
    {
        Contracts.Jury.V1.ReviewStatus.Draft => "Brouillon",
        Contracts.Jury.V1.ReviewStatus.Submitted => "Soumise",
        _ => "À faire",
    };

    public static string Status(DossierStatus status) => status switch
    {
        DossierStatus.Draft => "Brouillon",
        DossierStatus.Submitted => "Déposé",
        DossierStatus.UnderReview => "En instruction",
        DossierStatus.Selected => "Retenu",
        DossierStatus.NotSelected => "Non retenu",
        DossierStatus.ReturnedForCorrection => "À corriger",
        DossierStatus.Resubmitted => "Redéposé",
        DossierStatus.Withdrawn => "Retiré",
        _ => "Inconnu",
    };

    /// <summary>A line of a dossier's history: « Brouillon → Déposé », the first one « Création → Brouillon ».</summary>
    public static string Transition(StatusChange change) =>
        $"{(change.From == DossierStatus.Unspecified ? "Création" : Status(change.From))} → {Status(change.To)}";

    /// <summary>The DSFR badge colour of a status.</summary>
    public static string StatusBadge(DossierStatus status) => status switch
    {
        DossierStatus.Draft => "fr-badge--info",
        DossierStatus.Selected => "fr-badge--success",
        DossierStatus.NotSelected or DossierStatus.Withdrawn => "fr-badge--error",
        DossierStatus.ReturnedForCorrection => "fr-badge--warning",
        _ => "fr-badge--new",
    };

    public static string Phase(Phase phase) => phase switch
    {
        Contracts.Submission.V1.Phase.Exploration => "Exploration",
        Contracts.Submission.V1.Phase.Incubation => "Incubation",
        Contracts.Submission.V1.Phase.Experimentation => "Expérimentation",
        _ => "Phase non précisée",
    };

    /// <summary>The phase a panel chooses laureates for.</summary>
    public static string JuryPhase(Contracts.Jury.V1.Phase phase) => phase switch
    {
        Contracts.Jury.V1.Phase.Exploration => "Exploration",
        Contracts.Jury.V1.Phase.Incubation => "Incubation",
        Contracts.Jury.V1.Phase.Experimentation => "Expérimentation",
        _ => "Phase non précisée",
    };

    /// <summary>How many dossiers a decision must select, e.g. "exactement 1 dossier", "de 2 à 5 dossiers".</summary>
    public static string Quota(Contracts.Jury.V1.SelectionQuota? quota) => (quota is { HasMinimum: true } ? quota.Minimum : (int?)null,
        quota is { HasMaximum: true } ? quota.Maximum : (int?)null) switch
    {
        (null, null) => "sans limite",
        ({ } min, { } max) when min == max => $"exactement {Dossiers(min)}",
        ({ } min, { } max) => $"de {min} à {Dossiers(max)}",
        ({ } min, null) => $"au moins {Dossiers(min)}",
        (null, { } max) => $"au plus {Dossiers(max)}",
    };

    private static string Dossiers(int count) => count is 0 or 1 or -1 ? $"{count} dossier" : $"{count} dossiers";

    public static string DecisionStatus(Contracts.Jury.V1.DecisionStatus status) => status switch
    {
        Contracts.Jury.V1.DecisionStatus.Draft => "En préparation",
        Contracts.Jury.V1.DecisionStatus.Released => "Publiée",
        _ => "Inconnu",
    };

    /// <summary>A candidate's line: while the decision is prepared, a staged selection is only proposed.</summary>
    public static string Outcome(Contracts.Jury.V1.DecisionLine line, Contracts.Jury.V1.DecisionStatus status) => (status, line.Outcome) switch
    {
        (Contracts.Jury.V1.DecisionStatus.Released, Contracts.Jury.V1.DecisionOutcome.Selected) => "Retenu",
        (Contracts.Jury.V1.DecisionStatus.Released, Contracts.Jury.V1.DecisionOutcome.NotSelected) => "Non retenu",
        (_, Contracts.Jury.V1.DecisionOutcome.Selected) => "Proposé",
        _ => "Non proposé",
    };

    public static string OutcomeBadge(Contracts.Jury.V1.DecisionLine line, Contracts.Jury.V1.DecisionStatus status) => (status, line.Outcome) switch
    {
        (Contracts.Jury.V1.DecisionStatus.Released, Contracts.Jury.V1.DecisionOutcome.Selected) => "fr-badge--success",
        (Contracts.Jury.V1.DecisionStatus.Released, _) => "fr-badge--error",
        (_, Contracts.Jury.V1.DecisionOutcome.Selected) => "fr-badge--new",
        _ => "fr-badge--info",
    };

    /// <summary>A score on 0–100, e.g. "87,5 / 100"; "—" when there is none yet.</summary>
    public static string Score(double? score) =>
        score is { } value ? value.ToString("0.##", FrenchCulture) + " / 100" : "—";

    public static string Label<T>(IReadOnlyList<(T Value, string Label)> labels, T value) where T : struct, System.Enum =>
        labels.FirstOrDefault(l => l.Value.Equals(value)).Label ?? "Non précisé";

    /// <summary>E.g. "vendredi 15 octobre 2021 à 12:00", in Paris.</summary>
    public static string Date(Timestamp? instant) => instant is null ? "—" : ParisTime.Format(instant.ToDateTimeOffset());

    /// <summary>E.g. "150 000 €", or "150 000,50 €" (never "150 000,5 €") when there are cents.</summary>
    public static string Euros(long cents) =>
        (cents / 100m).ToString(cents % 100 == 0 ? "#,0 €" : "#,0.00 €", FrenchCulture);

    /// <summary>How the portal writes numbers and dates: French, whatever the server's culture.</summary>
    private static System.Globalization.CultureInfo FrenchCulture => System.Globalization.CultureInfo.GetCultureInfo("fr-FR");
}
