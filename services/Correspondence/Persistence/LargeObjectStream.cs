using System.Data.Common;
using Npgsql;

namespace Defis.Correspondence.Persistence;

/// <summary>
/// Reads one PostgreSQL large object piece by piece (loread), inside the caller's transaction: downloads and scans
/// stream a file without ever holding it whole.
/// </summary>
public sealed class LargeObjectStream : Stream
{
    private const int InvRead = 0x40000;
    private readonly NpgsqlCommand _read;
    private readonly NpgsqlParameter<int> _length;

    // The descriptor closes with the transaction: nothing else to release on the server.
    private LargeObjectStream(NpgsqlCommand read, NpgsqlParameter<int> length) => (_read, _length) = (read, length);

    /// <summary>Opens the large object <paramref name="objectId"/> for reading in <paramref name="transaction"/>, from <paramref name="offset"/>.</summary>
    public static async Task<LargeObjectStream> OpenAsync(DbTransaction transaction, uint objectId, CancellationToken cancellationToken, long offset = 0)
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        await using var open = new NpgsqlCommand("SELECT lo_open(@oid, @mode)", connection, (NpgsqlTransaction)transaction);
        open.Parameters.Add(new NpgsqlParameter<uint>("oid", NpgsqlTypes.NpgsqlDbType.Oid) { TypedValue = objectId });
        open.Parameters.Add(new NpgsqlParameter<int>("mode", InvRead));
        var descriptor = (int)(await open.ExecuteScalarAsync(cancellationToken))!;
        if (offset > 0)
        {
            await using var seek = new NpgsqlCommand("SELECT lo_lseek64(@fd, @offset, 0)", connection, (NpgsqlTransaction)transaction);
            seek.Parameters.Add(new NpgsqlParameter<int>("fd", descriptor));
            seek.Parameters.Add(new NpgsqlParameter<long>("offset", offset));
            await seek.ExecuteScalarAsync(cancellationToken);
        }
        var read = new NpgsqlCommand("SELECT loread(@fd, @length)", connection, (NpgsqlTransaction)transaction);
        read.Parameters.Add(new NpgsqlParameter<int>("fd", descriptor));
        var length = new NpgsqlParameter<int>("length", 0);
        read.Parameters.Add(length);
        return new LargeObjectStream(read, length);
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _length.TypedValue = buffer.Length;
        var bytes = (byte[])(await _read.ExecuteScalarAsync(cancellationToken))!;
        bytes.CopyTo(buffer);
        return bytes.Length;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _read.Dispose();
        }
        base.Dispose(disposing);
    }
}
