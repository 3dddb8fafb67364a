using System.Security.Cryptography;
using Defis.Correspondence.Domain.Attachments;
using Defis.Correspondence.Persistence;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Contract = Defis.Contracts.Correspondence.V1;

namespace Defis.Correspondence.Grpc;

/// <summary>
/// Reads an upload's content messages after its header: the first <see cref="ContentSniffer.HeadLength"/> bytes are
/// kept to decide the type, then everything streams to the large object while it is hashed and counted against the
/// caps. At no point is more than the head and one message in memory.
/// </summary>
internal sealed class UploadChunks(IAsyncStreamReader<Contract.UploadAttachmentRequest> requests, UploadLimits limits, long alreadyStored) : IDisposable
{
    /// <summary>One message of content at most 1 MB (plus the envelope): what the server accepts per message.</summary>
    public const int MaxMessageBytes = 1024 * 1024 + 1024;

    public const string ContentField = "chunk";

    public const string NameField = "header.file_name";

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _received;

    public long Size => _received;

    /// <summary>Streams the content into <paramref name="target"/> (created once the type is known); returns the type and SHA-256.</summary>
    public async Task<(FileKind Kind, string Sha256)> CopyAsync(string fileName, Func<Task<LargeObjectWriter>> target, CancellationToken cancellationToken)
    {
        var head = new MemoryStream();
        ReadOnlyMemory<byte> overflow = ReadOnlyMemory<byte>.Empty;
        while (await NextAsync(cancellationToken) is { } chunk)
        {
            var room = ContentSniffer.HeadLength - (int)head.Length;
            head.Write(chunk.Span[..Math.Min(room, chunk.Length)]);
            if (chunk.Length > room)
            {
                overflow = chunk[room..];
                break;
            }
        }
        if (head.Length == 0)
        {
            new FieldViolations().Add(ContentField, "Le fichier est vide.").ThrowIfAny();
        }
        var headBytes = head.GetBuffer().AsMemory(0, (int)head.Length);
        var kind = FileTypeRule.Require(ContentField, NameField, fileName, ContentSniffer.Sniff(headBytes.Span, complete: head.Length < ContentSniffer.HeadLength));
        await using var writer = await target();
        await writer.WriteAsync(headBytes, cancellationToken);
        await writer.WriteAsync(overflow, cancellationToken);
        while (await NextAsync(cancellationToken) is { } chunk)
        {
            await writer.WriteAsync(chunk, cancellationToken);
        }
        ObjectId = writer.ObjectId;
        return (kind, Convert.ToHexStringLower(_hash.GetHashAndReset()));
    }

    public uint ObjectId { get; private set; }

    public void Dispose() => _hash.Dispose();

    private async Task<ReadOnlyMemory<byte>?> NextAsync(CancellationToken cancellationToken)
    {
        while (await requests.MoveNext(cancellationToken))
        {
            var message = requests.Current;
            if (message.PartCase != Contract.UploadAttachmentRequest.PartOneofCase.Chunk)
            {
                new FieldViolations().Add("header", "L'en-tête ne s'envoie qu'une fois, en premier message.").ThrowIfAny();
            }
            var chunk = message.Chunk.Memory;
            _received += chunk.Length;
            limits.Check(ContentField, _received, alreadyStored);
            _hash.AppendData(chunk.Span);
            if (!chunk.IsEmpty)
            {
                return chunk;
            }
        }
        return null;
    }
}
