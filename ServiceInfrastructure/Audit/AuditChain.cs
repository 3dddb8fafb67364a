using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Defis.ServiceInfrastructure.Audit;

/// <summary>
/// The hash chain of a service's audit trail: each sealed entry's hash covers its position, its fields and the hash of
/// the entry before it, so editing, removing or reordering any sealed entry breaks every hash from there on.
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>SHA-256, in lower-case hex, of the entry's fields, each length-prefixed so no two entries can read alike.</summary>
    public static string Hash(AuditTrailEntry entry, long position, string previousHash)
    {
        var buffer = new LengthPrefixedFields();
        buffer.Add(position.ToString(System.Globalization.CultureInfo.InvariantCulture));
        buffer.Add(entry.OccurredAt.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture));
        buffer.Add(entry.ActorId);
        buffer.Add(entry.ActorRole);
        buffer.Add(entry.Action);
        buffer.Add(entry.TargetType);
        buffer.Add(entry.TargetId);
        buffer.Add(entry.TraceId ?? "");
        buffer.Add(entry.Summary);
        buffer.Add(previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.Bytes));
    }

    private sealed class LengthPrefixedFields
    {
        private readonly MemoryStream _stream = new();

        public ReadOnlySpan<byte> Bytes => _stream.GetBuffer().AsSpan(0, (int)_stream.Length);

        public void Add(string field)
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            Span<byte> length = stackalloc byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
            _stream.Write(length);
            _stream.Write(bytes);
        }
    }
}
