namespace Defis.SharedKernel.Decisions;

/// <summary>
/// The French words of a committed grant as the team reads them, once for the notice Notification sends and the PDF
/// notification Funding renders (plain text; a document applies its typography on top). The amount comes written.
/// </summary>
public static class GrantWording
{
    public static string Committed(string? reference, string programme, string phase, string amount) =>
        $"Une subvention de {amount} pour la phase {DecisionWording.PhaseName(phase)} de votre dossier{OfReference(reference)} " +
        $"(appel {programme}) a été engagée. Les tranches seront versées selon la convention.";

    private static string OfReference(string? reference) => string.IsNullOrWhiteSpace(reference) ? "" : $" {reference}";
}
