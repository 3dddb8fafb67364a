using Defis.Contracts.Funding.V1;

namespace Defis.Portal.Forms;

/// <summary>Finance cancels a grant, saying why, and confirms it: a cancelled grant pays nothing more and cannot be undone.</summary>
public sealed class CancelForm
{
    public const string FormId = "formulaire-annulation";

    public const string NotConfirmed = "Cochez la case pour confirmer l'annulation de la subvention.";

    public string? Reason { get; set; }

    public bool Confirmed { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Annulation_Motif", "reason", "Motif de l'annulation"),
        new("Annulation_Confirmation", "confirmation", "Confirmation de l'annulation"),
    ];

    /// <summary>The request to send, or null when nothing may be sent (<see cref="Confirmation.MaySend"/>).</summary>
    public CancelGrantRequest? ToRequest(string grantId, FormErrors errors)
    {
        var request = new CancelGrantRequest { GrantId = grantId, Reason = Reason?.Trim() ?? "" };
        return Confirmation.MaySend(Confirmed, request.Reason, Fields[1], NotConfirmed, errors) ? request : null;
    }

    /// <summary>The refusal after the form's own problem; a state refusal is said once, on the form.</summary>
    public static FormErrors Refusal(string? body, FormErrors local) => FormErrors.FromRefusal(body, Fields, FormId, local);

    /// <summary>Only the form's own problem, in the form's order, when nothing was sent.</summary>
    public static FormErrors Unsent(FormErrors local) => FormErrors.Map([], Fields, FormId, FormErrors.FormLabel, local);
}
