using System.Net;
using System.Security.Cryptography;
using System.Text;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Google.Protobuf;
using Grpc.Core;
using UglyToad.PdfPig;

namespace Defis.Platform.IntegrationTests.Documents;

/// <summary>
/// The récépissé de dépôt read back from the PDF the service renders: the French text with its typography, a font
/// embedded, and a SHA-256 that anyone recomputes from the dossier's content as the API returns it.
/// </summary>
public sealed class FilingReceiptTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const char Nbsp = '\u00a0';
    private const char Narrow = '\u202f';
    private readonly SkeletonPlatform _platform = new(infrastructure);
    private readonly string _lead = TestTokens.For("agent-lyon", Roles.Applicant);
    private readonly string _other = TestTokens.For("agent-lille", Roles.Applicant);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task The_receipt_says_in_french_what_was_filed_when_and_its_hash_matches_the_filed_content()
    {
        var dossiers = Dossiers(_lead);
        var id = await FiledDossierAsync(dossiers);
        var filed = await dossiers.GetDossierAsync(new GetDossierRequest { DossierId = id }, cancellationToken: Cancellation);

        var receipt = await Receipts(_lead).GetFilingReceiptAsync(new GetFilingReceiptRequest { DossierId = id }, cancellationToken: Cancellation);

        Assert.Equal("application/pdf", receipt.ContentType);
        using var pdf = PdfDocument.Open(receipt.Data.ToByteArray());
        var page = Assert.Single(pdf.GetPages());
        var text = page.Text;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonFormatter.Default.Format(filed.Content))));
        Assert.Contains("Récépissé de dépôt", text, StringComparison.Ordinal);
        Assert.Contains($"Référence du dossier{Nbsp}:CB21-0001", text, StringComparison.Ordinal);
        Assert.Contains($"Titre du dossier{Nbsp}:«{Nbsp}{filed.Content.Title}{Nbsp}»", text, StringComparison.Ordinal);
        Assert.Contains($"Structure cheffe de file{Nbsp}:{filed.Content.LeadStructure.Name}", text, StringComparison.Ordinal);
        Assert.Contains($"Déposé le{Nbsp}:{ParisTime.Format(filed.SubmittedAt.ToDateTimeOffset())} (heure de Paris)", text, StringComparison.Ordinal);
        Assert.Contains($"Montant demandé{Nbsp}:90{Narrow}000,00{Narrow}€", text, StringComparison.Ordinal);
        Assert.Contains($"Empreinte SHA-256 du contenu déposé{Nbsp}:{hash}", text, StringComparison.Ordinal);
        Assert.Contains($"Conservez ce document{Nbsp}:", text, StringComparison.Ordinal);
        // "ABCDEF+DejaVu Sans": the tag of a subset embedded in the file, so no reader depends on its own fonts.
        Assert.All(page.Letters, letter => Assert.Matches(@"^[A-Z]{6}\+DejaVu Sans", letter.FontName));
    }

    [Fact]
    public async Task Over_rest_the_team_gets_a_pdf_others_a_404_and_a_draft_has_no_receipt_yet()
    {
        var id = await FiledDossierAsync(Dossiers(_lead));
        var draft = (await Dossiers(_lead).CreateDossierAsync(Requests.ValidDossier("Un brouillon"), cancellationToken: Cancellation)).Id;

        using var mine = await _platform.Submission.Http(_lead).GetAsync($"/api/v1/dossiers/{id}/receipt", Cancellation);
        using var others = await _platform.Submission.Http(_other).GetAsync($"/api/v1/dossiers/{id}/receipt", Cancellation);
        using var notYet = await _platform.Submission.Http(_lead).GetAsync($"/api/v1/dossiers/{draft}/receipt", Cancellation);
        using var malformed = await _platform.Submission.Http(_lead).GetAsync("/api/v1/dossiers/CB21-0001/receipt", Cancellation);

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("application/pdf", mine.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await mine.Content.ReadAsByteArrayAsync(Cancellation))[..5], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, others.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notYet.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Contains("dossierId", await malformed.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<RpcException>(() => Receipts(_other).GetFilingReceiptAsync(
            new GetFilingReceiptRequest { DossierId = id }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    private static async Task<string> FiledDossierAsync(Dossiers.DossiersClient dossiers)
    {
        var id = (await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation)).Id;
        await dossiers.UpdateDossierAsync(new UpdateDossierRequest { DossierId = id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);
        await dossiers.SubmitDossierAsync(new SubmitDossierRequest { DossierId = id }, cancellationToken: Cancellation);
        return id;
    }

    private Dossiers.DossiersClient Dossiers(string token) => new(_platform.Submission.Channel(token));

    private Receipts.ReceiptsClient Receipts(string token) => new(_platform.Submission.Channel(token));
}
