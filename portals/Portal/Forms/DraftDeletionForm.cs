namespace Defis.Portal.Forms;

/// <summary>
/// Staff delete a call still in preparation (one drafted by mistake), and confirm it: nothing brings a draft back. A
/// published call is never deleted, the platform says so.
/// </summary>
public sealed class DraftDeletionForm
{
    public const string FormId = "formulaire-suppression";

    public const string NotConfirmed = "Cochez la case pour confirmer la suppression du brouillon.";

    public bool Confirmed { get; set; }

    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Suppression_Confirmation", "confirmation", "Confirmation de la suppression"),
    ];

    /// <summary>Whether the deletion may be sent: only once the box is ticked (<see cref="Confirmation.MaySend(bool, FormField, string, FormErrors)"/>).</summary>
    public bool MaySend(FormErrors errors) => Confirmation.MaySend(Confirmed, Fields[0], NotConfirmed, errors);

    /// <summary>A state refusal (the call published meanwhile) is said once, on the form.</summary>
    public static FormErrors Refusal(string? body) => FormErrors.FromRefusal(body, Fields, FormId);

    /// <summary>Only the form's own problem when nothing was sent.</summary>
    public static FormErrors Unsent(FormErrors local) => FormErrors.Map([], Fields, FormId, FormErrors.FormLabel, local);
}
