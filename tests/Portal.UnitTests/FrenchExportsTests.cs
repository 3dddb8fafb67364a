using Defis.Contracts.Submission.V1;
using Defis.Portal.Display;
using Defis.Portal.Pages.Instruction;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Portal.UnitTests;

/// <summary>A background export of dossiers as staff follow it: each state said in French with what to do, and its file.</summary>
public sealed class FrenchExportsTests
{
    // 23:00 UTC on 4 December 2026 is midnight in Paris, the next day.
    private static readonly Timestamp Expiry = Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 12, 4, 23, 0, 0, TimeSpan.Zero));

    [Theory]
    [InlineData(ExportJobState.Queued, "En attente", "fr-badge--info")]
    [InlineData(ExportJobState.Running, "En cours", "fr-badge--info")]
    [InlineData(ExportJobState.Ready, "Prêt", "fr-badge--success")]
    [InlineData(ExportJobState.Failed, "Échoué", "fr-badge--error")]
    [InlineData(ExportJobState.Expired, "Expiré", "fr-badge--warning")]
    public void Each_state_has_its_french_label_and_badge(ExportJobState state, string label, string badge)
    {
        Assert.Equal((label, badge), (French.ExportState(state), French.ExportStateBadge(state)));
    }

    [Fact]
    public void A_queued_job_asks_to_refresh_later()
    {
        Assert.Contains("Actualisez la page", French.ExportMeaning(new ExportJob { State = ExportJobState.Queued }));
    }

    [Fact]
    public void A_running_job_says_its_progress_once_counted()
    {
        Assert.Equal("L'export est en cours : 500 dossiers écrits sur 1200.",
            French.ExportMeaning(new ExportJob { State = ExportJobState.Running, RowsWritten = 500, RowsTotal = 1200 }));
        Assert.Equal("L'export est en cours d'écriture.", French.ExportMeaning(new ExportJob { State = ExportJobState.Running }));
    }

    [Fact]
    public void A_ready_job_says_until_when_its_file_is_kept_in_paris_time()
    {
        var meaning = French.ExportMeaning(new ExportJob { State = ExportJobState.Ready, RowsWritten = 54, ExpiresAt = Expiry });

        Assert.Equal("Le fichier est prêt (54 dossiers). Téléchargez-le avant le samedi 5 décembre 2026 à 00:00 : il sera ensuite supprimé.", meaning);
    }

    [Fact]
    public void A_failed_or_expired_job_asks_to_start_again()
    {
        Assert.Contains("Relancez-le depuis la page de l'appel", French.ExportMeaning(new ExportJob { State = ExportJobState.Failed }));
        var expired = French.ExportMeaning(new ExportJob { State = ExportJobState.Expired, ExpiresAt = Expiry });
        Assert.StartsWith("Le fichier a expiré le samedi 5 décembre 2026", expired);
        Assert.EndsWith("Relancez l'export depuis la page de l'appel.", expired);
    }

    [Theory]
    [InlineData(0, "0 octet")]
    [InlineData(1, "1 octet")]
    [InlineData(2, "2 octets")]
    [InlineData(820, "820 octets")]
    [InlineData(999, "999 octets")]
    [InlineData(1000, "1 ko")]
    [InlineData(61_880, "61,88 ko")]
    [InlineData(5_300_000, "5,3 Mo")]
    [InlineData(2_000_000_000, "2 Go")]
    public void A_files_size_is_written_as_the_dsfr_download_links_write_it(long bytes, string size)
    {
        Assert.Equal(size, French.FileSize(bytes));
    }

    [Theory]
    [InlineData("xlsx", "dossiers-CB21.xlsx")]
    [InlineData("csv", "dossiers-CB21.csv")]
    [InlineData("", "dossiers-CB21.csv")]
    public void The_file_is_named_by_its_call_and_format(string format, string name)
    {
        Assert.Equal(name, ExportModel.FileName(new ExportJob { ProgrammeCode = "CB21", Format = format }));
        Assert.Equal(format.ToUpperInvariant(), French.FileFormat(format));
    }
}
