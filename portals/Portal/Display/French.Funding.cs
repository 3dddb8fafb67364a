using System.Globalization;
using Defis.Contracts.Funding.V1;

namespace Defis.Portal.Display;

/// <summary>Funding's values as finance and the laureate read them: grant and tranche statuses, triggers, shares in percent.</summary>
public static partial class French
{
    /// <summary>What finance may choose to trigger a tranche's payment, in the form's order.</summary>
    public static readonly IReadOnlyList<(TrancheTrigger Value, string Label)> TrancheTriggers =
    [
        (TrancheTrigger.AtCommitment, "À l'engagement"),
        (TrancheTrigger.Milestone, "À la validation d'un jalon"),
        (TrancheTrigger.Manual, "Sur décision de l'équipe financière"),
    ];

    /// <summary>An adjusted grant is still committed (its amount changed since): finance reads it as such.</summary>
    public static string GrantStatus(GrantStatus status) => status switch
    {
        Contracts.Funding.V1.GrantStatus.Proposed => "Proposée",
        Contracts.Funding.V1.GrantStatus.Committed => "Engagée",
        Contracts.Funding.V1.GrantStatus.Adjusted => "Engagée (montant ajusté)",
        Contracts.Funding.V1.GrantStatus.Cancelled => "Annulée",
        _ => "Inconnu",
    };

    public static string GrantStatusBadge(GrantStatus status) => status switch
    {
        Contracts.Funding.V1.GrantStatus.Proposed => "fr-badge--new",
        Contracts.Funding.V1.GrantStatus.Committed or Contracts.Funding.V1.GrantStatus.Adjusted => "fr-badge--success",
        Contracts.Funding.V1.GrantStatus.Cancelled => "fr-badge--error",
        _ => "fr-badge--info",
    };

    public static string TrancheStatus(TrancheStatus status) => status switch
    {
        Contracts.Funding.V1.TrancheStatus.Scheduled => "À verser",
        Contracts.Funding.V1.TrancheStatus.Released => "Versée",
        Contracts.Funding.V1.TrancheStatus.Cancelled => "Annulée",
        _ => "Inconnu",
    };

    /// <summary>A milestone tranche names its milestone: « À la validation du jalon « Premières permanences » ».</summary>
    public static string Trigger(Tranche tranche) => tranche.Trigger switch
    {
        TrancheTrigger.Milestone => $"À la validation du jalon « {tranche.Milestone} »",
        _ => Label(TrancheTriggers, tranche.Trigger),
    };

    public static string FundingPhase(Contracts.Funding.V1.Phase phase) => phase switch
    {
        Contracts.Funding.V1.Phase.Exploration => "Exploration",
        Contracts.Funding.V1.Phase.Incubation => "Incubation",
        Contracts.Funding.V1.Phase.Experimentation => "Expérimentation",
        _ => "Phase non précisée",
    };

    /// <summary>Basis points as a percentage, e.g. "50 %", "33,34 %", "12,5 %".</summary>
    public static string Share(int basisPoints) =>
        (basisPoints / 100m).ToString("0.##", FrenchCulture) + " %";

    /// <summary>What is paid so far out of the grant: « 50 000 € sur 100 000 € ».</summary>
    public static string ReleasedOf(Grant grant) => $"{Euros(grant.ReleasedCents)} sur {Euros(grant.AmountCents)}";

    /// <summary>
    /// What the team finances itself beside the grant, and its share of the whole (self-financing and grant together):
    /// « 50 000 €, soit 20 % du financement du projet ».
    /// </summary>
    public static string SelfFinancing(Grant grant) => grant.SelfFinancingCents == 0
        ? "Aucun autofinancement déclaré"
        : $"{Euros(grant.SelfFinancingCents)}, soit {Share(grant.SelfFinancingShareBasisPoints)} du financement du projet";

    /// <summary>What the grant's state means for the laureate's team, in one sentence under its badge.</summary>
    public static string GrantMeaning(Grant grant) => (grant.Status, grant.SelectionWithdrawn) switch
    {
        (Contracts.Funding.V1.GrantStatus.Cancelled, _) => "La subvention est annulée : ses tranches non versées ne le seront pas.",
        (_, true) => "Une correction de la décision du jury a retiré la sélection du dossier : aucune tranche n'est versée tant que l'équipe financière n'a pas revu la subvention.",
        (Contracts.Funding.V1.GrantStatus.Proposed, _) => "Le jury a retenu votre dossier : l'équipe financière doit encore engager ce montant et fixer l'échéancier de ses tranches.",
        (Contracts.Funding.V1.GrantStatus.Committed or Contracts.Funding.V1.GrantStatus.Adjusted, _) => "La subvention est engagée : chaque tranche est versée à l'échéance indiquée dans le tableau.",
        _ => "L'état de la subvention n'est pas connu.",
    };

    /// <summary>The day a tranche was paid, in Paris; "—" while it is not.</summary>
    public static string PaidOn(Tranche tranche) => tranche.Status == Contracts.Funding.V1.TrancheStatus.Released ? Date(tranche.ReleasedAt) : "—";
}
