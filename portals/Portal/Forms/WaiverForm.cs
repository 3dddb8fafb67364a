using Defis.Contracts.Accompaniment.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// A coach decides, saying why, that the team is excused from a milestone, and confirms it: a waived milestone is closed
/// and cannot be reopened, and no tranche tied to it is paid on its validation.
/// </summary>
public sealed class WaiverForm
{
    public const string FormId = "formulaire-dispense";

    public const string NotConfirmed = "Cochez la case pour confirmer la dispense du jalon.";

    public string? Reason { get; set; }

    public bool Confirmed { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Dispense_Motif", "reason", "Motif de la dispense"),
        new("Dispense_Confirmation", "confirmation", "Confirmation de la dispense"),
    ];

    /// <summary>The request to send, or null when nothing may be sent (<see cref="Confirmation.MaySend"/>).</summary>
    public WaiveMilestoneRequest? ToRequest(string planId, string milestoneId, FormErrors errors)
    {
        var request = new WaiveMilestoneRequest { PlanId = planId, MilestoneId = milestoneId, Reason = Reason?.Trim() ?? "" };
        return Confirmation.MaySend(Confirmed, request.Reason, Fields[1], NotConfirmed, errors) ? request : null;
    }

    /// <summary>The refusal after the form's own problem; a state refusal (a milestone already closed) is said once, on the form.</summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusal(body, Fields, FormId, local);

    /// <summary>Only the form's own problem, in the form's order, when nothing was sent.</summary>
    public static FormErrors Unsent(FormErrors local) => FormErrors.Map([], Fields, FormId, FormErrors.FormLabel, local);
}
