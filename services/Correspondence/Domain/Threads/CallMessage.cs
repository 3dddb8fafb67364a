using System.Security.Cryptography;

namespace Defis.Correspondence.Domain.Threads;

/// <summary>
/// Staff's message to every team of a call: one message per dossier whose id is derived from the sending's request id
/// and the dossier, so a retried sending finds the messages it already posted instead of posting them again.
/// </summary>
public static class CallMessage
{
    /// <summary>A UUID version 8 (RFC 9562, custom) from the SHA-256 of the request id and the dossier id.</summary>
    public static Guid IdFor(Guid requestId, Guid dossierId)
    {
        Span<byte> input = stackalloc byte[32];
        requestId.TryWriteBytes(input[..16], bigEndian: true, out _);
        dossierId.TryWriteBytes(input[16..], bigEndian: true, out _);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(input, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
