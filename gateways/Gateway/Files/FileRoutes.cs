using Defis.Gateway.Security;
using Microsoft.AspNetCore.Mvc;

namespace Defis.Gateway.Files;

/// <summary>
/// The two REST routes that carry a file, served by the gateway itself on Correspondence's streaming gRPC calls
/// (JSON transcoding cannot stream a client's body or honour a Range). Their paths are the protos' google.api.http
/// rules, so the OpenAPI document shows them; the rest of /api/v1/correspondence is transcoded by the service.
/// </summary>
public static class FileRoutes
{
    public const string Upload = "/api/v1/correspondence/dossiers/{dossierId}/attachments";
    public const string Download = "/api/v1/correspondence/attachments/{attachmentId}/content";

    public static IServiceCollection AddFileRoutes(this IServiceCollection services) =>
        services.AddSingleton<CorrespondenceChannel>().AddSingleton<MultipartUpload>();

    public static void MapFileRoutes(this IEndpointRouteBuilder app)
    {
        app.MapPost(Upload, (HttpContext context, string dossierId, [FromServices] MultipartUpload upload) => upload.HandleAsync(context, dossierId))
            .RequireAuthorization(AccessRules.CorrespondencePolicy);
        app.MapGet(Download, (HttpContext context, string attachmentId, [FromServices] CorrespondenceChannel channel) =>
            RangedDownload.HandleAsync(context, attachmentId, channel)).RequireAuthorization(AccessRules.CorrespondencePolicy);
    }
}
