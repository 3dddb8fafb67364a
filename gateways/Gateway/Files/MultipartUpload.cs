using Defis.Contracts.Correspondence.V1;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Defis.Gateway.Files;

/// <summary>
/// POST multipart/form-data with a part "file" → Correspondence's client-streaming upload: the part is relayed in
/// chunks of <see cref="ChunkBytes"/> as it arrives, never held whole. The service decides everything about the
/// file (type, caps, name, dossier's access); a body cut by the client cancels the call, so nothing is stored.
/// </summary>
public sealed partial class MultipartUpload(CorrespondenceChannel channel, ILogger<MultipartUpload> logger)
{
    public const string FilePart = "file";
    private const int ChunkBytes = 256 * 1024;
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default);

    /// <summary>The service's field paths as the REST caller spelled them.</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldNames = new Dictionary<string, string>
    {
        ["header.dossier_id"] = "dossierId",
        ["header.file_name"] = "filename",
        ["header"] = FilePart,
        ["chunk"] = FilePart,
    };

    public async Task HandleAsync(HttpContext context, string dossierId)
    {
        if (channel.Attachments is not { } attachments)
        {
            await GatewayProblem.UnavailableAsync(context);
            return;
        }
        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            await RpcProblem.FieldAsync(context, FilePart, "La requête doit être envoyée en multipart/form-data, le fichier dans une partie « file ».");
            return;
        }
        try
        {
            if (await FilePartAsync(new MultipartReader(boundary, context.Request.Body), context.RequestAborted) is not var (section, fileName))
            {
                await RpcProblem.FieldAsync(context, FilePart, "La partie « file » (le fichier, avec son nom) manque.");
                return;
            }
            var attachment = await RelayAsync(attachments, context, dossierId, fileName, section.Body);
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(Formatter.Format(attachment), context.RequestAborted);
        }
        catch (RpcException e)
        {
            await RpcProblem.WriteAsync(context, e, FieldNames);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            await GatewayProblem.WriteAsync(context, e.StatusCode, "Le corps de la requête dépasse la taille maximale autorisée pour un fichier.");
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
        {
            // The client stopped sending: its mistake (or its network's), not ours; the service rolled the upload back.
            LogCut(logger, dossierId, e.GetType().Name);
        }
    }

    /// <summary>The first part named "file" that carries a file name (filename* preferred: it keeps accents).</summary>
    private static async Task<(MultipartSection Section, string FileName)?> FilePartAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (section.GetContentDispositionHeader() is { } disposition && disposition.IsFileDisposition()
                && string.Equals(HeaderUtilities.RemoveQuotes(disposition.Name).Value, FilePart, StringComparison.Ordinal))
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                return (section, name);
            }
        }
        return null;
    }

    private static async Task<Attachment> RelayAsync(Attachments.AttachmentsClient attachments, HttpContext context, string dossierId, string fileName, Stream content)
    {
        var cancellationToken = context.RequestAborted;
        using var call = attachments.UploadAttachment(CorrespondenceChannel.Headers(context), cancellationToken: cancellationToken);
        try
        {
            await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Header = new UploadHeader { DossierId = dossierId, FileName = fileName } }, cancellationToken);
            var buffer = new byte[ChunkBytes];
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Chunk = ByteString.CopyFrom(buffer, 0, read) }, cancellationToken);
            }
            await call.RequestStream.CompleteAsync();
        }
        catch (Exception e) when (e is RpcException or InvalidOperationException)
        {
            // The service refused before the end of the content: its answer is the call's status, thrown below.
        }
        return await call.ResponseAsync;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upload to dossier {DossierId} cut by the client ({Reason}): nothing stored")]
    private static partial void LogCut(ILogger logger, string dossierId, string reason);
}
