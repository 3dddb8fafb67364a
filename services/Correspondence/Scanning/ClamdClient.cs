using System.Buffers;
using System.Buffers.Binary;
using System.Net.Sockets;
using System.Text;
using Defis.Correspondence.Domain.Attachments;

namespace Defis.Correspondence.Scanning;

/// <summary>
/// ClamAV's clamd over TCP, INSTREAM command: "zINSTREAM\0", then chunks each preceded by its length (4 bytes, big
/// endian), then a zero length; clamd answers one NUL-terminated line ("stream: OK", "stream: X FOUND", "... ERROR").
/// Connection string "tcp://host:port" (ConnectionStrings:scanner).
/// </summary>
public sealed class ClamdClient(string host, int port)
{
    private const int ChunkBytes = 64 * 1024;

    public static ClamdClient From(string? connectionString)
    {
        if (!Uri.TryCreate(connectionString, UriKind.Absolute, out var uri) || uri.Scheme != "tcp" || uri.Port <= 0)
        {
            throw new InvalidOperationException("ConnectionStrings:scanner must be clamd's address, e.g. tcp://127.0.0.1:3310.");
        }
        return new ClamdClient(uri.Host, uri.Port);
    }

    public async Task<ScanVerdict> ScanAsync(Stream content, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(host, port, cancellationToken);
        var network = client.GetStream();
        await network.WriteAsync("zINSTREAM\0"u8.ToArray(), cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + 4);
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer.AsMemory(4, ChunkBytes), cancellationToken)) > 0)
            {
                BinaryPrimitives.WriteUInt32BigEndian(buffer, (uint)read);
                await network.WriteAsync(buffer.AsMemory(0, read + 4), cancellationToken);
            }
            BinaryPrimitives.WriteUInt32BigEndian(buffer, 0);
            await network.WriteAsync(buffer.AsMemory(0, 4), cancellationToken);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return ScanVerdict.Parse(await ReadReplyAsync(network, cancellationToken));
    }

    private static async Task<string> ReadReplyAsync(NetworkStream network, CancellationToken cancellationToken)
    {
        var reply = new MemoryStream();
        var buffer = new byte[256];
        int read;
        while ((read = await network.ReadAsync(buffer, cancellationToken)) > 0)
        {
            reply.Write(buffer, 0, read);
            if (buffer[read - 1] == 0 || reply.Length > 4096)
            {
                break;
            }
        }
        return Encoding.UTF8.GetString(reply.GetBuffer(), 0, (int)reply.Length);
    }
}
