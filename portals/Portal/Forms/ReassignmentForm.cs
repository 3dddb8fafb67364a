using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// Staff hand one assignment (a dossier and its juror, chosen from the book's active ones) to another member of the
/// panel, saying why: the reason is kept with the assignment withdrawn.
/// </summary>
public sealed class ReassignmentForm
{
    public const string FormId = "formulaire-remplacement";

    public const string NoAssignment = "Choisissez l'affectation à remplacer.";
    public const string GoneAssignment = "Cette affectation n'est plus en cours : choisissez-en une autre.";
    public const string NoJuror = "Choisissez le juré qui reprend le dossier.";

    /// <summary>The id of the assignment to hand over, from the book.</summary>
    public string? AssignmentId { get; set; }

    public string? ToJurorUserId { get; set; }

    public string? Reason { get; set; }

    /// <summary>The assignment stands for the dossier and the juror leaving it, which Jury names « dossierId » and « fromJurorUserId ».</summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Remplacement_AssignmentId", "dossierId", "Affectation à remplacer"),
        new("Remplacement_AssignmentId", "fromJurorUserId", "Affectation à remplacer"),
        new("Remplacement_ToJurorUserId", "toJurorUserId", "Nouveau juré"),
        new("Remplacement_Reason", "reason", "Motif du remplacement"),
    ];

    /// <summary>
    /// The request, or null when nothing may be sent. Jury reads the dossier, then the reason, and looks the jurors up
    /// last (answering « not found » for none): without an assignment nothing is sent; without a new juror the request
    /// goes only when the reason is empty, which Jury is sure to name, so that both problems show at once.
    /// </summary>
    /// <param name="assignments">The book's, withdrawn ones included: a withdrawn assignment is no longer a choice.</param>
    public ReassignReviewerRequest? ToRequest(string panelId, IEnumerable<Assignment> assignments, FormErrors local)
    {
        var chosen = AssignmentId?.Trim() ?? "";
        var assignment = assignments.FirstOrDefault(a => a.Id == chosen && a.WithdrawnAt is null);
        if (assignment is null)
        {
            local.Add(Fields[0].Input, Fields[0].Label, chosen.Length == 0 ? NoAssignment : GoneAssignment);
        }
        var request = new ReassignReviewerRequest
        {
            PanelId = panelId,
            DossierId = assignment?.DossierId ?? "",
            FromJurorUserId = assignment?.JurorUserId ?? "",
            ToJurorUserId = ToJurorUserId?.Trim() ?? "",
            Reason = Reason?.Trim() ?? "",
        };
        if (request.ToJurorUserId.Length == 0)
        {
            local.Add(Fields[2].Input, Fields[2].Label, NoJuror);
        }
        return assignment is not null && (request.ToJurorUserId.Length > 0 || request.Reason.Length == 0) ? request : null;
    }

    /// <summary>
    /// A refusal as the form's errors, after the form's own; one naming no field (the new juror in conflict or at their
    /// maximum, the review already submitted) is said once, on the form.
    /// </summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusal(body, Fields, FormId, local);

    /// <summary>Only the form's own problems when nothing was sent.</summary>
    public static FormErrors Unsent(FormErrors local) => FormErrors.Map([], Fields, FormId, FormErrors.FormLabel, local);
}
