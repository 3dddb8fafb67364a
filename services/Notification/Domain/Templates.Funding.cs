using Defis.Notification.Domain.Preferences;
using Defis.SharedKernel.Decisions;

namespace Defis.Notification.Domain;

public static partial class Templates
{
    public static RenderedMessage GrantCommitted(string? reference, ProgrammeLabel programme, string phase, long amountCents) => new(
        Categories.Funding,
        $"Subvention engagée{OfDossier(reference)}",
        GrantWording.Committed(reference, programme.ToString(), phase, Euros(amountCents)));

    public static RenderedMessage TrancheReleased(string? reference, ProgrammeLabel programme, int trancheNumber, long amountCents, string? milestone) => new(
        Categories.Funding,
        $"Tranche {trancheNumber} versée{OfDossier(reference)}",
        $"La tranche n° {trancheNumber} de {Euros(amountCents)} de la subvention de votre dossier{OfReference(reference)} (appel {programme}) a été versée" +
        (string.IsNullOrWhiteSpace(milestone) ? "." : $" après la validation du jalon « {milestone} »."));

    private static string OfDossier(string? reference) => string.IsNullOrWhiteSpace(reference) ? "" : $" : {reference}";

    private static string OfReference(string? reference) => string.IsNullOrWhiteSpace(reference) ? "" : $" {reference}";
}
