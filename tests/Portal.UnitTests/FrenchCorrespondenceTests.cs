using Defis.Contracts.Correspondence.V1;
using Defis.Portal.Display;

namespace Defis.Portal.UnitTests;

public sealed class FrenchCorrespondenceTests
{
    [Theory]
    [InlineData("budget.pdf", "PDF")]
    [InlineData("Annexe 2.Docx", "DOCX")]
    [InlineData("lisez-moi", "Fichier")]
    [InlineData("point.", "Fichier")]
    public void A_file_s_kind_is_its_ending_as_the_dsfr_says_it(string name, string expected) => Assert.Equal(expected, French.FileKind(name));

    [Fact]
    public void A_message_s_author_is_you_or_the_side_that_wrote_it()
    {
        Assert.Equal("Vous", French.Author(new Message { AuthorId = "agent-1", ByStaff = false }, "agent-1"));
        Assert.Equal("Vous", French.Author(new Message { AuthorId = "staff-1", ByStaff = true }, "staff-1"));
        Assert.Equal("Équipe du programme", French.Author(new Message { AuthorId = "staff-1", ByStaff = true }, "agent-1"));
        Assert.Equal("Équipe du dossier", French.Author(new Message { AuthorId = "agent-2", ByStaff = false }, "staff-1"));
        Assert.Equal("Équipe du dossier", French.Author(new Message { AuthorId = "agent-2" }, null));
    }

    [Fact]
    public void A_scan_s_badge_is_green_when_clean_red_when_infected_and_blue_meanwhile()
    {
        Assert.Equal("fr-badge--success", French.ScanBadge(ScanState.Clean));
        Assert.Equal("fr-badge--error", French.ScanBadge(ScanState.Infected));
        Assert.Equal("fr-badge--info", French.ScanBadge(ScanState.Pending));
    }

    [Theory]
    [InlineData(ScanState.Clean, "agent-1", "staff-1", true)]
    [InlineData(ScanState.Clean, "agent-1", null, true)]
    [InlineData(ScanState.Pending, "agent-1", "agent-1", true)]
    [InlineData(ScanState.Pending, "agent-1", "staff-1", false)]
    [InlineData(ScanState.Pending, "agent-1", null, false)]
    [InlineData(ScanState.Infected, "agent-1", "agent-1", false)]
    [InlineData(ScanState.Unspecified, "agent-1", "agent-1", false)]
    public void A_piece_is_offered_for_download_when_clean_or_to_its_uploader_while_scanned(ScanState state, string uploader, string? me, bool offered) =>
        Assert.Equal(offered, Pieces.MayDownload(new Attachment { ScanState = state, UploadedBy = uploader }, me));

    [Fact]
    public void A_piece_is_passed_on_by_its_dossier_s_page()
    {
        var piece = new Attachment { Id = "0193-a", DossierId = "0193-d" };
        Assert.Equal("/dossiers/0193-d/echanges?handler=Telecharger&piece=0193-a", Pieces.DownloadPath(piece));
        Assert.Equal("/dossiers/d%2F1/echanges?handler=Telecharger&piece=a%26b", Pieces.DownloadPath(new Attachment { Id = "a&b", DossierId = "d/1" }));
    }
}
