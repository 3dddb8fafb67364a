namespace Defis.Notification.Domain;

/// <summary>One email per user and Paris day grouping the notifications they asked to receive as a digest.</summary>
public static class Digest
{
    public static RenderedMessage Compose(DateOnly parisDay, IReadOnlyList<RenderedMessage> items) => new(
        "digest",
        $"Votre récapitulatif Défis du {parisDay.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} ({items.Count} notification{(items.Count > 1 ? "s" : "")})",
        string.Join("\n\n", items.Select(i => $"■ {i.Subject}\n{i.Body}")) +
        "\n\nVous recevez ce récapitulatif quotidien selon vos préférences de notification.");

}
