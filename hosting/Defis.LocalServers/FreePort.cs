using System.Net;
using System.Net.Sockets;

namespace Defis.LocalServers;

public static class FreePort
{
    private const int LowestPort = 10_000;

    // A port is free until its server binds it, seconds later: never hand the same one out twice.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, bool> Given = new();

    /// <summary>
    /// A loopback port free at the time of the call and not given before by this process, chosen below
    /// the kernel's ephemeral range: a port from that range (what binding port 0 gives) can be taken by
    /// any outgoing connection before the server binds it. Either clash made brokers and services fail
    /// with "address already in use".
    /// </summary>
    public static int Next()
    {
        var ceiling = EphemeralRangeStart() - 1;
        for (var attempt = 0; attempt < 200 && ceiling > LowestPort; attempt++)
        {
            var port = Random.Shared.Next(LowestPort, ceiling + 1);
            if (IsFree(port) && Given.TryAdd(port, true))
            {
                return port;
            }
        }
        while (true)
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            if (Given.TryAdd(port, true))
            {
                return port;
            }
        }
    }

    /// <summary>Marks a port chosen elsewhere (e.g. kept from a previous run) so that <see cref="Next"/> never gives it.</summary>
    public static bool Reserve(int port) => Given.TryAdd(port, true);

    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int EphemeralRangeStart()
    {
        try
        {
            var range = File.ReadAllText("/proc/sys/net/ipv4/ip_local_port_range").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            return int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 32_768;
        }
    }

    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout, string what, Func<bool>? stillRunning = null)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (stillRunning is not null && !stillRunning())
            {
                throw new InvalidOperationException($"{what} exited before listening on port {port}.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"{what} did not listen on port {port} within {timeout.TotalSeconds:0} s.");
    }
}
