using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Defis.LocalServers.Aspire;

/// <summary>
/// Health checks that talk each server's own protocol: DCP reports an executable healthy as soon as its
/// process runs, long before the server accepts clients, so WaitFor needs these to mean "answers".
/// </summary>
internal static class ServerHealthChecks
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(3) };

    public static async Task<HealthCheckResult> PostgresAsync(IResourceWithConnectionString server, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(await server.ConnectionStringExpression.GetValueAsync(cancellationToken) + ";Timeout=3;Pooling=false");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1", connection);
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }

    /// <summary>Healthy once the database exists; creates it the first time, as a database resource promises.</summary>
    public static async Task<HealthCheckResult> DatabaseAsync(LocalPostgresDatabaseResource database, CancellationToken cancellationToken)
    {
        var server = await database.Parent.ConnectionStringExpression.GetValueAsync(cancellationToken);
        await using (var connection = new NpgsqlConnection(server + ";Database=postgres;Timeout=3;Pooling=false"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
            exists.Parameters.AddWithValue("name", database.DatabaseName);
            if (await exists.ExecuteScalarAsync(cancellationToken) is null)
            {
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.DatabaseName.Replace("\"", "\"\"")}\"", connection);
                await create.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        await using var own = new NpgsqlConnection(await database.ConnectionStringExpression.GetValueAsync(cancellationToken) + ";Timeout=3;Pooling=false");
        await own.OpenAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }

    /// <summary>An AMQP connection opens and the management API answers with the same account.</summary>
    public static async Task<HealthCheckResult> RabbitMqAsync(LocalRabbitMqResource broker, CancellationToken cancellationToken)
    {
        var factory = new RabbitMQ.Client.ConnectionFactory
        {
            Uri = new Uri((await broker.ConnectionStringExpression.GetValueAsync(cancellationToken))!),
            RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
            AutomaticRecoveryEnabled = false,
        };
        await using (var connection = await factory.CreateConnectionAsync("health-check", cancellationToken))
        {
            if (!connection.IsOpen)
            {
                return HealthCheckResult.Unhealthy("The AMQP connection did not open.");
            }
        }
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{broker.ManagementEndpoint.Url}/api/overview");
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        using var response = await Http.SendAsync(request, cancellationToken);
        return response.IsSuccessStatusCode
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"The management API answered {(int)response.StatusCode}.");
    }

    public static Task<HealthCheckResult> RedisAsync(LocalServerResource redis, CancellationToken cancellationToken) =>
        ConverseAsync(redis, "PING\r\n"u8.ToArray(), reply => reply.StartsWith("+PONG", StringComparison.Ordinal), cancellationToken);

    /// <summary>clamd answers zPING with PONG once its signature database is loaded.</summary>
    public static Task<HealthCheckResult> ClamdAsync(LocalServerResource clamd, CancellationToken cancellationToken) =>
        ConverseAsync(clamd, "zPING\0"u8.ToArray(), reply => reply.StartsWith("PONG", StringComparison.Ordinal), cancellationToken);

    /// <summary>The SMTP greeting ("220 ...") arrives; QUIT ends the session politely.</summary>
    public static Task<HealthCheckResult> SmtpAsync(LocalServerResource smtp, CancellationToken cancellationToken) =>
        ConverseAsync(smtp, null, reply => reply.StartsWith("220", StringComparison.Ordinal), cancellationToken, "QUIT\r\n"u8.ToArray());

    /// <summary>epmd answers a NAMES request (length 1, code 110) with its own port number.</summary>
    public static Task<HealthCheckResult> EpmdAsync(EndpointReference endpoint, CancellationToken cancellationToken) =>
        ConverseAsync(endpoint.Port, [0, 1, 110], reply => reply.Length >= 4, cancellationToken);

    private static Task<HealthCheckResult> ConverseAsync(LocalServerResource server, byte[]? request, Func<string, bool> accepted, CancellationToken cancellationToken, byte[]? goodbye = null) =>
        ConverseAsync(server.PrimaryEndpoint.Port, request, accepted, cancellationToken, goodbye);

    private static async Task<HealthCheckResult> ConverseAsync(int port, byte[]? request, Func<string, bool> accepted, CancellationToken cancellationToken, byte[]? goodbye = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(3));
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, timeout.Token);
        var stream = client.GetStream();
        if (request is not null)
        {
            await stream.WriteAsync(request, timeout.Token);
        }
        var buffer = new byte[256];
        var read = await stream.ReadAsync(buffer, timeout.Token);
        var reply = Encoding.Latin1.GetString(buffer, 0, read);
        if (goodbye is not null)
        {
            await stream.WriteAsync(goodbye, timeout.Token);
        }
        return accepted(reply) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy($"Unexpected answer on port {port}.");
    }
}
