using Defis.Client;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Refit;

namespace Defis.Portal.Gateway;

/// <summary>
/// A file the gateway serves, passed on to the browser as it comes (never held whole): its type and name as the gateway
/// gave them. A refusal is raised as the SDK raises any other, so <see cref="GatewayRefusals"/> says it as every page
/// does (404, sign-in again, 503 with Retry-After).
/// </summary>
public static class GatewayDownloads
{
    public static async Task<FileStreamResult> PassOnAsync(this PageModel page, Task<HttpResponseMessage> download, string fallbackName)
    {
        var response = await download;
        page.HttpContext.Response.RegisterForDispose(response);
        if (!response.IsSuccessStatusCode)
        {
            throw await ApiException.Create(response.RequestMessage!, response.RequestMessage?.Method ?? HttpMethod.Get, response, DefisClient.Settings);
        }
        var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        return new FileStreamResult(await response.Content.ReadAsStreamAsync(page.HttpContext.RequestAborted), type)
        {
            FileDownloadName = FileName(response) ?? fallbackName,
        };
    }

    /// <summary>The name the gateway gave (filename* first: it keeps accents), without its quotes.</summary>
    public static string? FileName(HttpResponseMessage response) =>
        response.Content.Headers.ContentDisposition is { } disposition
            && (disposition.FileNameStar ?? disposition.FileName)?.Trim('"') is { Length: > 0 } name ? name : null;
}
