using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>
/// A write-only stream that sends what is written to it as HttpBody messages of about 64 KiB, so a file leaves the
/// service as it is written. Only asynchronous writes: the response must not block a thread.
/// </summary>
public sealed class HttpBodyChunks(IServerStreamWriter<HttpBody> responses, string contentType) : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        if (_pending.Length >= ChunkSize)
        {
            await SendAsync();
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length > 0)
        {
            await SendAsync();
        }
    }

    public override void Flush()
    {
        // Nothing is sent synchronously: FlushAsync sends the rest.
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("Asynchronous writes only.");

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private async Task SendAsync()
    {
        await responses.WriteAsync(new HttpBody { ContentType = contentType, Data = ByteString.CopyFrom(_pending.GetBuffer(), 0, (int)_pending.Length) });
        _pending.SetLength(0);
    }
}
