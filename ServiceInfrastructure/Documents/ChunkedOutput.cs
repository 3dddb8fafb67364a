namespace Defis.ServiceInfrastructure.Documents;

/// <summary>
/// A write-only stream that hands what is written to it on in pieces of about <paramref name="chunkSize"/> bytes (to a
/// response, to a table), so a file leaves as it is written. Only asynchronous writes: the output must not block a thread.
/// </summary>
public abstract class ChunkedOutput(int chunkSize) : Stream
{
    private readonly MemoryStream _pending = new();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _pending.Write(buffer.Span);
        if (_pending.Length >= chunkSize)
        {
            await SendPendingAsync(cancellationToken);
        }
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.Length > 0)
        {
            await SendPendingAsync(cancellationToken);
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

    /// <summary>Sends one piece; the stream reuses its buffer once this returns.</summary>
    protected abstract Task SendAsync(ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken);

    private async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        await SendAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), cancellationToken);
        _pending.SetLength(0);
    }
}
