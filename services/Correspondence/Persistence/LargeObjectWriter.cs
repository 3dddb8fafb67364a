using System.Data.Common;
using Npgsql;

namespace Defis.Correspondence.Persistence;

/// <summary>
/// Writes a new PostgreSQL large object piece by piece (lowrite) inside the caller's transaction: if the upload fails
/// or is cut, the transaction rolls back and the object never existed.
/// </summary>
public sealed class LargeObjectWriter : IAsyncDisposable
{
    private const int InvWrite = 0x20000;
    private readonly NpgsqlCommand _write;
    private readonly NpgsqlParameter<ReadOnlyMemory<byte>> _data;

    private LargeObjectWriter(uint objectId, NpgsqlCommand write, NpgsqlParameter<ReadOnlyMemory<byte>> data) => (ObjectId, _write, _data) = (objectId, write, data);

    public uint ObjectId { get; }

    public static async Task<LargeObjectWriter> CreateAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)transaction.Connection!;
        var npgsqlTransaction = (NpgsqlTransaction)transaction;
        await using var create = new NpgsqlCommand("SELECT lo_create(0)", connection, npgsqlTransaction);
        var objectId = (uint)(await create.ExecuteScalarAsync(cancellationToken))!;
        await using var open = new NpgsqlCommand("SELECT lo_open(@oid, @mode)", connection, npgsqlTransaction);
        open.Parameters.Add(new NpgsqlParameter<uint>("oid", NpgsqlTypes.NpgsqlDbType.Oid) { TypedValue = objectId });
        open.Parameters.Add(new NpgsqlParameter<int>("mode", InvWrite));
        var descriptor = (int)(await open.ExecuteScalarAsync(cancellationToken))!;
        var write = new NpgsqlCommand("SELECT lowrite(@fd, @data)", connection, npgsqlTransaction);
        write.Parameters.Add(new NpgsqlParameter<int>("fd", descriptor));
        var data = new NpgsqlParameter<ReadOnlyMemory<byte>>("data", NpgsqlTypes.NpgsqlDbType.Bytea) { TypedValue = ReadOnlyMemory<byte>.Empty };
        write.Parameters.Add(data);
        return new LargeObjectWriter(objectId, write, data);
    }

    public async Task WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        if (bytes.IsEmpty)
        {
            return;
        }
        _data.TypedValue = bytes;
        await _write.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _write.DisposeAsync();
}
