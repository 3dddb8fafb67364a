using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Refit;

namespace Defis.Portal.Gateway;

/// <summary>
/// A file the gateway serves (a PDF, an export), passed on to the browser as it arrives, never held whole by the
/// portal: the gateway's content type and length, and its file name when it gives one, else the page's. A refusal is
/// thrown as the <see cref="ApiException"/> any other call would throw, so a 404 is the portal's 404
/// (<see cref="GatewayRefusals"/>) and a 400 is the page's to say.
/// </summary>
public sealed class GatewayFile : IActionResult
{
    private readonly HttpResponseMessage _response;

    private GatewayFile(HttpResponseMessage response, string fileName)
    {
        _response = response;
        FileName = response.Content.Headers.ContentDisposition is { } given && (given.FileNameStar ?? given.FileName) is { Length: > 0 } named
            ? named.Trim('"')
            : fileName;
    }

    public string ContentType => _response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";

    public string FileName { get; }

    public long? Length => _response.Content.Headers.ContentLength;

    /// <summary>The gateway's answer to a download: the file to stream, or its refusal thrown (the response then disposed).</summary>
    public static async Task<GatewayFile> FromAsync(Task<HttpResponseMessage> download, string fileName)
    {
        var response = await download;
        if (response.IsSuccessStatusCode)
        {
            return new GatewayFile(response, fileName);
        }
        using (response)
        {
            var request = response.RequestMessage ?? new HttpRequestMessage();
            throw await ApiException.Create(request, request.Method, response, new RefitSettings());
        }
    }

    /// <summary>
    /// A document rendered when asked (a receipt, a letter, a notification): one the platform does not have yet (its 400,
    /// NOT_FILED, NO_DECISION, NOT_COMMITTED) is as absent as an unknown one, the portal's 404.
    /// </summary>
    public static async Task<IActionResult> DocumentAsync(Task<HttpResponseMessage> download, string fileName)
    {
        try
        {
            return await FromAsync(download, fileName);
        }
        catch (ApiException refused) when (refused.StatusCode == System.Net.HttpStatusCode.BadRequest)
        {
            return new NotFoundResult();
        }
    }

    public async Task ExecuteResultAsync(ActionContext context)
    {
        using (_response)
        {
            var http = context.HttpContext.Response;
            http.ContentType = ContentType;
            http.ContentLength = Length;
            var disposition = new ContentDispositionHeaderValue("attachment");
            // filename and filename*: any browser gets the name, accents included.
            disposition.SetHttpFileName(FileName);
            http.Headers.ContentDisposition = disposition.ToString();
            await using var body = await _response.Content.ReadAsStreamAsync(context.HttpContext.RequestAborted);
            await body.CopyToAsync(http.Body, context.HttpContext.RequestAborted);
        }
    }
}
