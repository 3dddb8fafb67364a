using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>Staff add one reviewer to a dossier by hand, both chosen from lists: the panel's dossiers and its members.</summary>
public sealed class ReviewerForm
{
    public const string FormId = "formulaire-rapporteur";

    public const string NoJuror = "Choisissez le juré qui évaluera le dossier.";

    public string? DossierId { get; set; }

    public string? JurorUserId { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Rapporteur_DossierId", "dossierId", "Dossier"),
        new("Rapporteur_JurorUserId", "jurorUserId", "Juré"),
    ];

    /// <summary>
    /// The request, or null when nothing may be sent. Jury names a missing dossier but looks a juror up only after it,
    /// answering « not found » for none: no juror chosen is the form's own problem, and the request then goes only when
    /// the dossier is missing too, so that both problems show at once.
    /// </summary>
    public AssignReviewerRequest? ToRequest(string panelId, FormErrors local)
    {
        var request = new AssignReviewerRequest { PanelId = panelId, DossierId = DossierId?.Trim() ?? "", JurorUserId = JurorUserId?.Trim() ?? "" };
        if (request.JurorUserId.Length > 0)
        {
            return request;
        }
        local.Add(Fields[1].Input, Fields[1].Label, NoJuror);
        return request.DossierId.Length == 0 ? request : null;
    }

    /// <summary>
    /// A refusal as the form's errors, after the form's own. One naming no field is about the juror chosen: already on
    /// the dossier (409), in conflict with it or at their maximum (the preconditions).
    /// </summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusalAt("jurorUserId", body, Fields, FormId, local);

    /// <summary>Only the form's own problem when nothing was sent.</summary>
    public static FormErrors Unsent(FormErrors local) => FormErrors.Map([], Fields, FormId, FormErrors.FormLabel, local);
}
