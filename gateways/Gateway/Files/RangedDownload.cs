using System.Globalization;
using Defis.Contracts.Correspondence.V1;
using Grpc.Core;
using Microsoft.Net.Http.Headers;

namespace Defis.Gateway.Files;

/// <summary>
/// GET a file's content → Correspondence's server-streaming download, honouring one HTTP Range: 206 with
/// Content-Range for a range, 416 with "bytes */size" for one outside the file, 200 otherwise. The record is read
/// first (the size a suffix range needs, the headers); chunks are written to the client as they come.
/// </summary>
public static class RangedDownload
{
    /// <summary>The service's field paths as the REST caller spelled them (the range travels in a header).</summary>
    public static readonly IReadOnlyDictionary<string, string> FieldNames = new Dictionary<string, string>
    {
        ["attachment_id"] = "attachmentId",
        ["offset"] = "Range",
        ["length"] = "Range",
    };

    public static async Task HandleAsync(HttpContext context, string attachmentId, CorrespondenceChannel channel)
    {
        if (channel.Attachments is not { } attachments)
        {
            await GatewayProblem.UnavailableAsync(context);
            return;
        }
        var cancellationToken = context.RequestAborted;
        var headers = CorrespondenceChannel.Headers(context);
        try
        {
            var record = await attachments.GetAttachmentAsync(new GetAttachmentRequest { AttachmentId = attachmentId }, headers, cancellationToken: cancellationToken);
            if (ByteRange.Of(context.Request.Headers.Range, record.Size) is not { } range)
            {
                context.Response.Headers.ContentRange = $"bytes */{record.Size}";
                await GatewayProblem.WriteAsync(context, StatusCodes.Status416RangeNotSatisfiable,
                    $"La plage demandée est en dehors du fichier ({record.Size} octets).");
                return;
            }
            using var call = attachments.DownloadAttachment(new DownloadAttachmentRequest { AttachmentId = attachmentId, Offset = range.Offset, Length = range.Length },
                headers, cancellationToken: cancellationToken);
            // The first message is the record: a refusal (not scanned, quarantined) arrives before any header is sent.
            await call.ResponseStream.MoveNext(cancellationToken);
            WriteHeaders(context.Response, record, range);
            await foreach (var part in call.ResponseStream.ReadAllAsync(cancellationToken))
            {
                await context.Response.Body.WriteAsync(part.Chunk.Memory, cancellationToken);
            }
        }
        catch (RpcException e) when (!context.Response.HasStarted)
        {
            await RpcProblem.WriteAsync(context, e, FieldNames);
        }
    }

    private static void WriteHeaders(HttpResponse response, Attachment record, ByteRange range)
    {
        response.StatusCode = range.Partial ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK;
        response.ContentType = record.MediaType;
        response.ContentLength = range.Length;
        response.Headers.AcceptRanges = "bytes";
        response.Headers.ETag = $"\"{record.Sha256}\"";
        response.Headers.XContentTypeOptions = "nosniff";
        if (range.Partial)
        {
            response.Headers.ContentRange = range.ContentRange(record.Size);
        }
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(record.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.LastModified = record.UploadedAt.ToDateTimeOffset().ToString("R", CultureInfo.InvariantCulture);
    }
}
