namespace Defis.Portal.Forms;

/// <summary>
/// An action that cannot be undone (a grant cancelled, a milestone waived, a call archived) goes only once its box is
/// ticked. Unticked, the form says so, and sends the request only when its reason is empty: the platform is sure to
/// refuse that one, so its word on the reason comes back with the form's own — every problem at once, and nothing done
/// unconfirmed.
/// </summary>
public static class Confirmation
{
    public static bool MaySend(bool confirmed, string reason, FormField box, string notConfirmed, FormErrors errors) =>
        MaySend(confirmed, box, notConfirmed, errors) || reason.Length == 0;

    /// <summary>An action asking for nothing but the confirmation (a call archived): sent only once its box is ticked.</summary>
    public static bool MaySend(bool confirmed, FormField box, string notConfirmed, FormErrors errors)
    {
        if (!confirmed)
        {
            errors.Add(box.Input, box.Label, notConfirmed);
        }
        return confirmed;
    }
}
