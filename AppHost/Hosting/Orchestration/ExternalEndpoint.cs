using System.Data.Common;
using System.Net.Sockets;

namespace Defis.Hosting.Orchestration;

/// <summary>Host and port of a configured server, read from its connection string.</summary>
public sealed record ExternalEndpoint(string Host, int Port)
{
    public static ExternalEndpoint? TryParse(ServerResource server, string connectionString)
    {
        try
        {
            return server switch
            {
                PostgresServerResource => FromKeyValues(connectionString),
                RabbitMQServerResource => new Uri(connectionString) is var uri ? new(uri.Host, uri.Port > 0 ? uri.Port : 5672) : null,
                RedisResource => FromHostPort(connectionString.Split(',')[0], 6379),
                _ => null,
            };
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }

    public async Task WaitUntilReachableAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(Host, Port, cancellationToken);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(500, cancellationToken);
            }
            catch (SocketException)
            {
                throw new TimeoutException();
            }
        }
    }

    public override string ToString() => $"{Host}:{Port}";

    private static ExternalEndpoint? FromKeyValues(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var host = builder.TryGetValue("Host", out var h) ? h?.ToString() : builder.TryGetValue("Server", out var s) ? s?.ToString() : null;
        var port = builder.TryGetValue("Port", out var p) && int.TryParse(p?.ToString(), out var value) ? value : 5432;
        return host is null ? null : new(host.Split(',')[0], port);
    }

    private static ExternalEndpoint FromHostPort(string hostPort, int defaultPort)
    {
        var separator = hostPort.LastIndexOf(':');
        return separator < 0 ? new(hostPort.Trim(), defaultPort) : new(hostPort[..separator].Trim(), int.Parse(hostPort[(separator + 1)..]));
    }
}
