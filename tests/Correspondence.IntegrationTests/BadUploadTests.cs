using System.Diagnostics;
using Defis.Contracts.Correspondence.V1;
using Defis.Correspondence.Domain.Attachments;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>A bad upload is INVALID_ARGUMENT naming the field in French, and leaves nothing stored: no record, no large object.</summary>
public sealed class BadUploadTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly CorrespondenceHost _host = new(infrastructure);
    private Guid _dossierId;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _host.StartAsync();
        _dossierId = await _host.FileDossierAsync("lead-bad");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Attachments.AttachmentsClient Lead => new(_host.Service.Channel(TestTokens.For("lead-bad", Roles.Applicant)));

    public static TheoryData<string, string, string, string> BadUploads => new()
    {
        // case, file name, content, field, start of the French description
        { "unknown binary type", "annexe.pdf", "binary", "chunk|Type de fichier non accepté" },
        { "PNG disguised as a PDF", "annexe.pdf", "png", "header.file_name|Le contenu du fichier ne correspond pas à son nom" },
        { "PDF disguised as a text", "notes.txt", "pdf", "header.file_name|Le contenu du fichier ne correspond pas à son nom" },
        { "empty file", "vide.pdf", "empty", "chunk|Le fichier est vide." },
        { "over 20 MB", "gros.pdf", "oversize", "chunk|Le fichier dépasse la taille maximale de 20 Mo." },
        { "a path in the name", "../../etc/passwd.txt", "text", "header.file_name|Le nom du fichier ne doit pas contenir de chemin" },
        { "a Windows path in the name", "C:\\budget.csv", "text", "header.file_name|Le nom du fichier ne doit pas contenir de chemin" },
        { "a control character in the name", "budget\u0007.txt", "text", "header.file_name|Le nom du fichier contient des caractères de contrôle" },
        { "no name", "", "text", "header.file_name|Ce champ est obligatoire." },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task A_bad_upload_names_its_field_in_French_and_stores_nothing(string change, string fileName, string content, string expected)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Lead.UploadAsync(_dossierId.ToString(), fileName, Content(content), Cancellation));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations);
        var (field, description) = (expected.Split('|')[0], expected.Split('|')[1]);
        Assert.Equal(field, violation.Field);
        Assert.StartsWith(description, violation.Description, StringComparison.Ordinal);
        await AssertNothingStoredAsync(change);
    }

    [Fact]
    public async Task An_upload_cut_in_the_middle_stores_nothing()
    {
        using var cut = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        var call = Lead.UploadAttachment(cancellationToken: cut.Token);
        await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Header = new UploadHeader { DossierId = _dossierId.ToString(), FileName = "coupé.pdf" } }, Cancellation);
        await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Chunk = ByteString.CopyFrom(Uploads.Pdf(200_000)) }, Cancellation);
        await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Chunk = ByteString.CopyFrom(Uploads.Pdf(200_000)) }, Cancellation);

        await cut.CancelAsync();
        call.Dispose();

        await Eventually.Until(_host.LargeObjectCountAsync, count => count == 0, TimeSpan.FromSeconds(30), "the cut upload's large object rolled back");
        await AssertNothingStoredAsync("cut upload");
    }

    /// <summary>
    /// 200 MB sent in 1 MB messages: refused at the 20 MB cap while streaming. The managed heap after the call is compared
    /// with before, both after a full collection: the content never sat in memory.
    /// </summary>
    [Fact]
    public async Task A_200_MB_upload_is_refused_while_streaming_without_the_memory_growing()
    {
        await Lead.UploadAsync(_dossierId, "warm-up.pdf", Uploads.Pdf(10_000), Cancellation);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        var workingSetBefore = process.WorkingSet64;
        var megabyte = Uploads.Pdf(1024 * 1024);
        var sent = 0L;

        var call = Lead.UploadAttachment(cancellationToken: Cancellation);
        await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Header = new UploadHeader { DossierId = _dossierId.ToString(), FileName = "200mo.pdf" } }, Cancellation);
        try
        {
            for (var i = 0; i < 200; i++)
            {
                await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Chunk = ByteString.CopyFrom(megabyte) }, Cancellation);
                sent += megabyte.Length;
            }
            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The server answered before the client finished sending: the answer is awaited below.
        }
        var error = await Assert.ThrowsAsync<RpcException>(async () => await call);

        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heapGrowth = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        process.Refresh();
        TestContext.Current.SendDiagnosticMessage(
            $"200 MB upload: {sent / (1024 * 1024)} MB sent before the refusal; managed heap {heapGrowth / 1024} KB growth; " +
            $"working set {(process.WorkingSet64 - workingSetBefore) / 1024} KB growth; peak working set {process.PeakWorkingSet64 / (1024 * 1024)} MB");
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("chunk", Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Field);
        // Content kept would be at least the file cap read before the refusal. Below it are the pools: 1 MB messages leave
        // buffers of their size in ArrayPool.Shared, per thread and per core, and the other test classes run meanwhile.
        // An 8 MB bound was crossed by 7 KB on a clean CI run.
        Assert.True(heapGrowth < UploadLimits.Default.MaxFileBytes, $"The managed heap grew by {heapGrowth / 1024} KB.");
        call.Dispose();
    }

    [Fact]
    public async Task The_dossier_cap_counts_the_files_already_there()
    {
        var fifteen = Uploads.Pdf(15 * 1024 * 1024);
        for (var i = 0; i < 6; i++)
        {
            await Lead.UploadAsync(_dossierId, $"annexe-{i}.pdf", fifteen, Cancellation);
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => Lead.UploadAsync(_dossierId, "annexe-7.pdf", fifteen, Cancellation));

        Assert.StartsWith("Les pièces jointes du dossier dépasseraient 100 Mo au total",
            Assert.Single(error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations).Description, StringComparison.Ordinal);
        Assert.Equal(6, (await Lead.ListAttachmentsAsync(new ListAttachmentsRequest { DossierId = _dossierId.ToString() }, cancellationToken: Cancellation)).Attachments.Count);
    }

    private async Task AssertNothingStoredAsync(string change)
    {
        var listed = await Lead.ListAttachmentsAsync(new ListAttachmentsRequest { DossierId = _dossierId.ToString() }, cancellationToken: Cancellation);
        Assert.True(listed.Attachments.Count == 0, $"{change}: {listed.Attachments.Count} attachment(s) stored");
        Assert.Equal(0, await _host.LargeObjectCountAsync());
    }

    private static IEnumerable<byte[]> Content(string kind) => kind switch
    {
        "binary" => [[0x00, 0x01, 0x02, 0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00]],
        "png" => [Uploads.Png()],
        "pdf" => [Uploads.Pdf()],
        "empty" => [],
        "oversize" => Enumerable.Repeat(Uploads.Pdf(1024 * 1024), 21),
        _ => ["Ligne 1\nLigne 2\n"u8.ToArray()],
    };
}
