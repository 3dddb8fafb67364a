using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Defis.Client;
using Defis.Client.Api;
using Defis.Contracts.Correspondence.V1;
using Defis.Correspondence.IntegrationTests;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Refit;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>
/// The file routes end to end, gateway → Correspondence → clamd: a multipart upload streamed to the gRPC upload, the
/// scan, then downloads with and without a Range; and the bad-input table of the REST upload, in French, by field.
/// </summary>
[Collection(RealServicesCollection.Name)]
public sealed class FileRouteTests(RealPlatform platform)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_multipart_upload_is_downloaded_whole_or_by_range_once_scanned()
    {
        using var client = platform.Client(RealPlatform.Token(RealPlatform.ApplicantA, Roles.Applicant));
        var content = Uploads.Pdf(300_000);
        using var uploaded = await UploadAsync(client, platform.DossierA, File(content, "Budget prévisionnel.pdf"));
        var record = await JsonAsync(uploaded, HttpStatusCode.OK);
        var id = record.GetProperty("id").GetString()!;
        Assert.Equal("Budget prévisionnel.pdf", record.GetProperty("fileName").GetString());
        Assert.Equal("SCAN_STATE_PENDING", record.GetProperty("scanState").GetString());
        await Eventually.Until(async () => (await JsonAsync(await client.GetAsync($"/api/v1/correspondence/attachments/{id}", Cancellation), HttpStatusCode.OK))
            .GetProperty("scanState").GetString(), s => s == "SCAN_STATE_CLEAN", TimeSpan.FromSeconds(60), "the upload scanned clean");

        using var whole = await client.GetAsync($"/api/v1/correspondence/attachments/{id}/content", Cancellation);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(content, await whole.Content.ReadAsByteArrayAsync(Cancellation));
        Assert.Equal("application/pdf", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());

        using var middle = await RangeAsync(client, id, "bytes=1000-1999");
        Assert.Equal(HttpStatusCode.PartialContent, middle.StatusCode);
        Assert.Equal($"bytes 1000-1999/{content.Length}", middle.Content.Headers.ContentRange?.ToString());
        Assert.Equal(content[1000..2000], await middle.Content.ReadAsByteArrayAsync(Cancellation));

        using var resumed = await RangeAsync(client, id, "bytes=299990-");
        Assert.Equal(content[299_990..], await resumed.Content.ReadAsByteArrayAsync(Cancellation));
        using var tail = await RangeAsync(client, id, "bytes=-7");
        Assert.Equal(content[^7..], await tail.Content.ReadAsByteArrayAsync(Cancellation));

        using var outside = await RangeAsync(client, id, $"bytes={content.Length}-");
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, outside.StatusCode);
        Assert.Equal($"bytes */{content.Length}", outside.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task The_sdk_uploads_posts_the_file_on_the_thread_and_resumes_a_download()
    {
        using var http = platform.Client(RealPlatform.Token(RealPlatform.ApplicantA, Roles.Applicant));
        var api = RestService.For<ICorrespondenceApi>(http, DefisClient.Settings);
        var content = Uploads.Pdf(70_000);

        var file = await api.UploadAsync(platform.DossierA, new StreamPart(new MemoryStream(content), "annexe.pdf", "application/pdf"), Cancellation);
        var message = await api.PostMessageAsync(platform.DossierA, new PostMessageRequest { Body = "Voici l'annexe.", AttachmentIds = { file.Id } }, Cancellation);
        await Eventually.Until(() => api.GetAttachmentAsync(file.Id, Cancellation), a => a.ScanState == ScanState.Clean, TimeSpan.FromSeconds(60), "scanned");
        using var rest = await api.DownloadAsync(file.Id, "bytes=60000-", Cancellation);

        Assert.Contains(message.Id, (await api.ListMessagesAsync(platform.DossierA, Cancellation)).Messages.Select(m => m.Id));
        Assert.Equal(HttpStatusCode.PartialContent, rest.StatusCode);
        Assert.Equal(content[60_000..], await rest.Content.ReadAsByteArrayAsync(Cancellation));
    }

    public static TheoryData<string, string> BadUploads => new()
    {
        { "no-file-part", "file" },
        { "json", "file" },
        { "empty", "file" },
        { "png-named-pdf", "filename" },
        { "path-name", "filename" },
        { "control-name", "filename" },
        { "over-20-mb", "file" },
    };

    [Theory]
    [MemberData(nameof(BadUploads))]
    public async Task Bad_uploads_get_a_french_400_naming_the_field(string upload, string field)
    {
        using var client = platform.Client(RealPlatform.Token(RealPlatform.ApplicantA, Roles.Applicant));
        using var response = await UploadAsync(client, platform.DossierA, Body(upload));

        var problem = await JsonAsync(response, HttpStatusCode.BadRequest);

        var violation = problem.GetProperty("details")[0].GetProperty("fieldViolations")[0];
        Assert.Equal(field, violation.GetProperty("field").GetString());
        Assert.Matches("[éèàêç«]|Le |La ", violation.GetProperty("description").GetString()!);
    }

    [Fact]
    public async Task Another_teams_dossier_is_not_found()
    {
        using var client = platform.Client(RealPlatform.Token(RealPlatform.ApplicantB, Roles.Applicant));

        using var upload = await UploadAsync(client, platform.DossierA, File(Uploads.Pdf(), "budget.pdf"));
        using var download = await client.GetAsync($"/api/v1/correspondence/attachments/{platform.FileA}/content", Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    private static HttpContent Body(string upload) => upload switch
    {
        "no-file-part" => new MultipartFormDataContent { { new StringContent("budget"), "description" } },
        "json" => new StringContent("{}", Encoding.UTF8, "application/json"),
        "empty" => File([], "vide.pdf"),
        "png-named-pdf" => File(Uploads.Png(), "budget.pdf"),
        "path-name" => File(Uploads.Pdf(), "../budget.pdf"),
        "control-name" => File(Uploads.Pdf(), "bud\u0007get.pdf"),
        "over-20-mb" => File(Uploads.Pdf(20 * 1024 * 1024 + 1), "gros.pdf"),
        _ => throw new ArgumentOutOfRangeException(nameof(upload)),
    };

    private static MultipartFormDataContent File(byte[] content, string name)
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { part, "file", name } };
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string dossierId, HttpContent body) =>
        client.PostAsync($"/api/v1/correspondence/dossiers/{dossierId}/attachments", body, Cancellation);

    private static Task<HttpResponseMessage> RangeAsync(HttpClient client, string id, string range)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/correspondence/attachments/{id}/content");
        request.Headers.TryAddWithoutValidation("Range", range);
        return client.SendAsync(request, Cancellation);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(expected == response.StatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }
}
