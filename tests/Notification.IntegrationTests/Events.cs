using Defis.Contracts.Events;

namespace Defis.Notification.IntegrationTests;

/// <summary>Integration events as the other services publish them, for one made-up team per test.</summary>
internal static class Events
{
    public static DossierSubmitted Submitted(string lead, string email, string reference = "CB21-0042", IReadOnlyList<string>? coEditors = null) => new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), "CB21", reference, "Simplifier l'accès aux bourses", "Éducation",
        ["Bretagne"], "Préfecture d'Ille-et-Vilaine", "Administration", [], 12_000_000, lead, email, CoEditorEmails: coEditors)
    {
        OccurredAt = new DateTimeOffset(2021, 10, 15, 10, 0, 0, TimeSpan.Zero),
    };

    public static DossierSelected Selected(Guid dossierId, string reference) => new(
        dossierId, Guid.CreateVersion7(), "CB21", reference, "Exploration", Guid.CreateVersion7(), "Projet solide.", 5_000_000, "jury-president")
    {
        OccurredAt = DateTimeOffset.UtcNow,
    };

    /// <summary>A unique address per test, so that tests sharing the capture server never see each other's mail.</summary>
    public static string Address(string who) => $"{who}-{Guid.NewGuid():N}@example.gouv.fr";
}
