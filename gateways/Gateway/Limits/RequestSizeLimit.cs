using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Defis.Gateway.Limits;

/// <summary>
/// 413 for a body larger than the limit (a higher one for the file uploads): at once when Content-Length says so, otherwise Kestrel stops
/// reading at the limit. Checked here too because not every server behind this middleware enforces the feature.
/// </summary>
public sealed class RequestSizeLimit(RequestDelegate next, IOptions<GatewaySettings> settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        var limit = UploadRoutes.Includes(context.Request.Path) ? settings.Value.MaxUploadBodyBytes : settings.Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            return GatewayProblem.WriteAsync(context, StatusCodes.Status413PayloadTooLarge,
                $"Le corps de la requête dépasse la taille maximale autorisée ({limit} octets).");
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        return next(context);
    }
}
