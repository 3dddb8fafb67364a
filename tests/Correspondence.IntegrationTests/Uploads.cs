using Defis.Contracts.Correspondence.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>Client side of the streaming calls: uploads in chunks, downloads reassembled.</summary>
public static class Uploads
{
    public const int ChunkBytes = 256 * 1024;

    public static async Task<Attachment> UploadAsync(this Attachments.AttachmentsClient client, Guid dossierId, string fileName, byte[] content,
        CancellationToken cancellationToken = default) =>
        await client.UploadAsync(dossierId.ToString(), fileName, [content], cancellationToken);

    public static async Task<Attachment> UploadAsync(this Attachments.AttachmentsClient client, string dossierId, string fileName, IEnumerable<byte[]> parts,
        CancellationToken cancellationToken = default)
    {
        using var call = client.UploadAttachment(cancellationToken: cancellationToken);
        try
        {
            await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Header = new UploadHeader { DossierId = dossierId, FileName = fileName } }, cancellationToken);
            foreach (var part in parts)
            {
                for (var offset = 0; offset < part.Length; offset += ChunkBytes)
                {
                    var chunk = ByteString.CopyFrom(part, offset, Math.Min(ChunkBytes, part.Length - offset));
                    await call.RequestStream.WriteAsync(new UploadAttachmentRequest { Chunk = chunk }, cancellationToken);
                }
            }
            await call.RequestStream.CompleteAsync();
        }
        catch (RpcException)
        {
            // The server refused before the end of the content: its answer is the call's status, awaited below.
        }
        return await call;
    }

    public static async Task<(Attachment Record, byte[] Content)> DownloadAsync(this Attachments.AttachmentsClient client, string attachmentId,
        CancellationToken cancellationToken)
    {
        using var call = client.DownloadAttachment(new DownloadAttachmentRequest { AttachmentId = attachmentId }, cancellationToken: cancellationToken);
        Attachment? record = null;
        var content = new MemoryStream();
        await foreach (var part in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            if (part.PartCase == DownloadAttachmentResponse.PartOneofCase.Attachment)
            {
                record = part.Attachment;
            }
            else
            {
                part.Chunk.WriteTo(content);
            }
        }
        return (record!, content.ToArray());
    }

    public static byte[] Pdf(int size = 40_000)
    {
        var bytes = new byte[size];
        "%PDF-1.7\n"u8.CopyTo(bytes);
        for (var i = 9; i < size; i++)
        {
            bytes[i] = (byte)('a' + (i % 26));
        }
        return bytes;
    }

    public static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
}
