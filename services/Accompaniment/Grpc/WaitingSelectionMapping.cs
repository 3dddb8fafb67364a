using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Persistence;
using Defis.ServiceDefaults.Errors;
using Contract = Defis.Contracts.Accompaniment.V1;

namespace Defis.Accompaniment.Grpc;

/// <summary>A selection waiting for its plan, as staff read it: what it waits for, in French too.</summary>
internal static class WaitingSelectionMapping
{
    public static Contract.WaitingSelection ToContract(this JuryVerdictRow verdict, DossierRow? dossier) => new()
    {
        DossierId = verdict.DossierId.ToString(),
        Reference = dossier?.Reference ?? "",
        ProjectTitle = dossier?.Title ?? "",
        Phase = (Contract.Phase)verdict.Phase,
        DecisionId = verdict.DecisionId.ToString(),
        WaitingFor = verdict.WaitingFor == PlanStep.WaitForCoachPool ? Contract.WaitingReason.CoachPool : Contract.WaitingReason.Dossier,
        WaitingSince = verdict.WaitingSince.ToContract(),
        Explanation = verdict.WaitingFor == PlanStep.WaitForCoachPool
            ? "Le programme n'a pas encore d'équipe de coachs : le plan d'accompagnement s'ouvrira dès qu'elle sera définie."
            : "Le dépôt du dossier n'a pas encore été reçu : le plan d'accompagnement s'ouvrira dès son arrivée.",
    };
}
