using Defis.Contracts.Correspondence.V1;
using Defis.Contracts.Events;
using Defis.LocalServers;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>Files are scanned by the real clamd before anyone but their uploader may download them.</summary>
public sealed class ScanTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly CorrespondenceHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Attachments.AttachmentsClient As(string user, params string[] roles) =>
        new(_host.Service.Channel(TestTokens.For(user, roles)));

    [Fact]
    public async Task A_clean_PDF_is_downloadable_by_the_team_and_staff_only_after_the_scan()
    {
        var dossierId = await _host.FileDossierAsync("lead-1", "coeditor-1");
        var pdf = Uploads.Pdf(300_000);

        var uploaded = await As("lead-1", Roles.Applicant).UploadAsync(dossierId, "acte-de-candidature.pdf", pdf, Cancellation);

        Assert.Equal(ScanState.Pending, uploaded.ScanState);
        Assert.Equal("application/pdf", uploaded.MediaType);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), uploaded.Sha256);
        Assert.Equal(pdf, (await As("lead-1", Roles.Applicant).DownloadAsync(uploaded.Id, Cancellation)).Content);
        var early = await Assert.ThrowsAsync<RpcException>(() => As("coeditor-1", Roles.Applicant).DownloadAsync(uploaded.Id, Cancellation));
        Assert.Equal(StatusCode.FailedPrecondition, early.StatusCode);
        Assert.Contains("Analyse antivirus en cours", early.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.FailedPrecondition,
            (await Assert.ThrowsAsync<RpcException>(() => As("staff-1", Roles.ProgrammeStaff).DownloadAsync(uploaded.Id, Cancellation))).StatusCode);

        await ScannedAsync(As("lead-1", Roles.Applicant), uploaded.Id);

        var (record, content) = await As("staff-1", Roles.ProgrammeStaff).DownloadAsync(uploaded.Id, Cancellation);
        Assert.Equal(ScanState.Clean, record.ScanState);
        Assert.Equal(pdf, content);
        Assert.Equal(pdf, (await As("coeditor-1", Roles.Applicant).DownloadAsync(uploaded.Id, Cancellation)).Content);
        Assert.Equal(pdf[100_000..170_000], await RangeAsync(As("coeditor-1", Roles.Applicant), uploaded.Id, 100_000, 70_000));
        Assert.Equal(pdf[299_990..], await RangeAsync(As("coeditor-1", Roles.Applicant), uploaded.Id, 299_990, 0));
        var beyond = await Assert.ThrowsAsync<RpcException>(() => RangeAsync(As("coeditor-1", Roles.Applicant), uploaded.Id, 300_000, 0));
        Assert.Equal("offset", Assert.Single(beyond.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations).Field);
    }

    /// <summary>
    /// Scan passes until the file has its verdict. A pass leaves it pending when clamd, on a loaded machine, does not
    /// answer within the scan timeout; the next pass tries again, as the hourly pass would.
    /// </summary>
    private async Task<Attachment> ScannedAsync(Attachments.AttachmentsClient uploader, string attachmentId) =>
        await Eventually.Until(async () =>
            {
                await _host.ScanPendingAsync();
                return await uploader.GetAttachmentAsync(new GetAttachmentRequest { AttachmentId = attachmentId }, cancellationToken: Cancellation);
            },
            attachment => attachment.ScanState != ScanState.Pending, TimeSpan.FromMinutes(1), "the file's verdict");

    private static async Task<byte[]> RangeAsync(Attachments.AttachmentsClient client, string id, long offset, long length)
    {
        using var call = client.DownloadAttachment(new DownloadAttachmentRequest { AttachmentId = id, Offset = offset, Length = length }, cancellationToken: Cancellation);
        var content = new MemoryStream();
        await foreach (var part in call.ResponseStream.ReadAllAsync(Cancellation))
        {
            if (part.PartCase == DownloadAttachmentResponse.PartOneofCase.Chunk)
            {
                part.Chunk.WriteTo(content);
            }
        }
        return content.ToArray();
    }

    [Fact]
    public async Task The_EICAR_file_is_quarantined_never_downloadable_and_its_uploader_is_told_in_French()
    {
        var dossierId = await _host.FileDossierAsync("lead-2");
        var eicar = ClamdFolder.EicarTestFile();

        var uploaded = await As("lead-2", Roles.Applicant).UploadAsync(dossierId, "budget.txt", eicar, Cancellation);
        var record = await ScannedAsync(As("lead-2", Roles.Applicant), uploaded.Id);
        Assert.Equal(ScanState.Infected, record.ScanState);
        Assert.StartsWith("Fichier mis en quarantaine : l'analyse antivirus y a détecté « Eicar-Test-Signature", record.Status, StringComparison.Ordinal);
        foreach (var caller in new[] { As("lead-2", Roles.Applicant), As("staff-2", Roles.ProgrammeStaff) })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() => caller.DownloadAsync(uploaded.Id, Cancellation));
            Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        }
        var told = Assert.Single(await _host.OutboxAsync<AttachmentQuarantined>());
        Assert.Equal(("lead-2", "budget.txt", record.Status), (told.UploadedBy, told.FileName, told.ReasonInFrench));
        Assert.StartsWith(ClamdFolder.EicarSignatureName, told.Threat, StringComparison.Ordinal);
        // A verdict is recorded once: the next pass has nothing to do.
        Assert.Equal(0, await _host.ScanPendingAsync());
    }
}
