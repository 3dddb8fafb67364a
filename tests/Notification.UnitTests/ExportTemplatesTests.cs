using Defis.Notification.Domain;
using Defis.Notification.Domain.Preferences;

namespace Defis.Notification.UnitTests;

/// <summary>The notice of a background dossiers export (issue 20): which call, how many dossiers, the link and its expiry in Paris time.</summary>
public sealed class ExportTemplatesTests
{
    private static readonly ProgrammeLabel Cb21 = new("CB21", "Cantine bio");
    private const string Path = "/api/v1/dossiers/export-jobs/0193a5c4-0000-7000-8000-000000000001/file";

    private static string Plain(string text) => text.Replace('\u202f', ' ').Replace('\u00a0', ' ');

    [Fact]
    public void The_export_notice_names_the_call_the_count_the_format_the_link_and_its_expiry_in_paris_time()
    {
        // 16 October 2021, 10:00 UTC: 12:00 in Paris (summer time).
        var message = Templates.DossierExportReady(Cb21, "xlsx", 1201, Path, new DateTimeOffset(2021, 10, 16, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal((Categories.Dossier, "Export prêt : dossiers de l'appel CB21"), (message.Category, message.Subject));
        Assert.Equal(
            "L'export des dossiers de l'appel CB21 « Cantine bio » que vous avez demandé est prêt : 1 201 dossiers, au format XLSX.\n" +
            $"Téléchargez-le ici : {Path}\n" +
            "Le lien est valable jusqu'au samedi 16 octobre 2021 à 12:00 (heure de Paris) ; le fichier sera ensuite supprimé et il faudra relancer l'export.",
            Plain(message.Body));
    }

    [Theory]
    [InlineData(0, "0 dossier,")]
    [InlineData(1, "1 dossier,")]
    [InlineData(2, "2 dossiers,")]
    public void Fewer_than_two_dossiers_are_counted_in_the_singular(int rows, string count)
    {
        var message = Templates.DossierExportReady(new ProgrammeLabel("CB21", null), "csv", rows, Path, new DateTimeOffset(2021, 12, 1, 22, 59, 0, TimeSpan.Zero));

        Assert.Contains($"est prêt : {count} au format CSV.", message.Body, StringComparison.Ordinal);
        Assert.Contains("jusqu'au mercredi 1 décembre 2021 à 23:59 (heure de Paris)", message.Body, StringComparison.Ordinal);
    }
}
