using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Defis.Portal.Gateway;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Refit;

namespace Defis.Portal.UnitTests;

/// <summary>
/// A file the gateway serves, as the browser gets it from the portal: the gateway's content type, length and name (the
/// page's name when the gateway gives none), the bytes as they came; a refusal is the same refusal as any call's.
/// </summary>
public sealed class GatewayFileTests
{
    [Fact]
    public async Task The_gateways_content_type_length_and_file_name_pass_through_with_the_bytes()
    {
        var bytes = Encoding.UTF8.GetBytes("%PDF-1.7 récépissé");
        var answer = Answer(HttpStatusCode.OK, bytes, "application/pdf");
        answer.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = "\"donne-par-la-passerelle.pdf\"" };

        var (response, body) = await StreamedAsync(await GatewayFile.FromAsync(Task.FromResult(answer), "recepisse-CB21-0042.pdf"));

        Assert.Equal("application/pdf", response.ContentType);
        Assert.Equal(bytes.Length, response.ContentLength);
        Assert.Contains("filename=donne-par-la-passerelle.pdf", response.Headers.ContentDisposition.ToString());
        Assert.StartsWith("attachment", response.Headers.ContentDisposition.ToString());
        Assert.Equal(bytes, body);
    }

    [Fact]
    public async Task Without_a_name_from_the_gateway_the_file_has_the_pages_name()
    {
        var answer = Answer(HttpStatusCode.OK, "reference,titre\r\n"u8.ToArray(), "text/csv; charset=utf-8");

        var (response, _) = await StreamedAsync(await GatewayFile.FromAsync(Task.FromResult(answer), "dossiers-CB21.csv"));

        Assert.Equal("text/csv; charset=utf-8", response.ContentType);
        Assert.Contains("filename=dossiers-CB21.csv", response.Headers.ContentDisposition.ToString());
    }

    [Fact]
    public async Task The_gateway_answer_is_disposed_once_streamed()
    {
        var answer = Answer(HttpStatusCode.OK, [1, 2, 3], "application/pdf");
        var file = await GatewayFile.FromAsync(Task.FromResult(answer), "f.pdf");

        await StreamedAsync(file);

        await Assert.ThrowsAsync<ObjectDisposedException>(() => answer.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_404_from_the_gateway_is_the_portals_404()
    {
        var refused = await Assert.ThrowsAsync<ApiException>(() => GatewayFile.DocumentAsync(Task.FromResult(Answer(HttpStatusCode.NotFound)), "f.pdf"));

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.IsType<NotFoundResult>(await RefusalAsync(refused));
    }

    [Fact]
    public async Task A_document_the_platform_does_not_have_yet_is_a_404()
    {
        var problem = """{"code":9,"message":"Aucun récépissé pour l'instant"}""";

        var result = await GatewayFile.DocumentAsync(Task.FromResult(Answer(HttpStatusCode.BadRequest, Encoding.UTF8.GetBytes(problem), "application/json")), "f.pdf");

        Assert.IsType<NotFoundResult>(result);
    }

    [Fact]
    public async Task A_refused_export_keeps_the_platforms_reason_for_the_page()
    {
        var problem = """{"code":9,"message":"Le classement est scellé"}""";

        var refused = await Assert.ThrowsAsync<ApiException>(() =>
            GatewayFile.FromAsync(Task.FromResult(Answer(HttpStatusCode.BadRequest, Encoding.UTF8.GetBytes(problem), "application/json")), "f.csv"));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Le classement est scellé", refused.Content);
    }

    [Fact]
    public async Task A_platform_that_does_not_answer_is_left_to_the_503_page()
    {
        var refused = await Assert.ThrowsAsync<ApiException>(() => GatewayFile.DocumentAsync(Task.FromResult(Answer(HttpStatusCode.ServiceUnavailable)), "f.pdf"));

        Assert.True(OptionalReads.IsOutage(refused));
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, byte[]? bytes = null, string? contentType = null)
    {
        var content = new ByteArrayContent(bytes ?? []);
        if (contentType is not null)
        {
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }
        return new HttpResponseMessage(status)
        {
            Content = content,
            RequestMessage = new HttpRequestMessage(HttpMethod.Get, "http://gateway.test/api/v1/dossiers/d-1/receipt"),
        };
    }

    private static async Task<(HttpResponse Response, byte[] Body)> StreamedAsync(IActionResult result)
    {
        var http = new DefaultHttpContext();
        using var body = new MemoryStream();
        http.Response.Body = body;
        await result.ExecuteResultAsync(new ActionContext(http, new RouteData(), new Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor()));
        return (http.Response, body.ToArray());
    }

    private static async Task<IActionResult?> RefusalAsync(Exception thrown)
    {
        var page = new Microsoft.AspNetCore.Mvc.RazorPages.PageContext(new ActionContext(new DefaultHttpContext(), new RouteData(),
            new Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor()));
        var handler = new object();
        var executing = new Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext(page, [], null, new Dictionary<string, object?>(), handler);
        var executed = new Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext(page, [], null, handler) { Exception = thrown };
        await new GatewayRefusals().OnPageHandlerExecutionAsync(executing, () => Task.FromResult(executed));
        return executed.Result;
    }
}
