using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Serialization;
using Defis.Dashboard.Resources;
using Npgsql;

namespace Defis.Dashboard.Web;

public sealed record QueueDepth(string Name, string Vhost, long Messages, long Ready, long Unacknowledged, int Consumers);

public sealed record QueueDepths(bool Available, string? Error, IReadOnlyList<QueueDepth> Queues);

public sealed record OutboxBacklog(string Service, long? Pending, long? Failing, string? Error);

/// <summary>What the dashboard asks the infrastructure directly: queue depths and outbox backlogs.</summary>
public sealed class InfrastructureProbes(IResourceSource resources, HttpClient http)
{
    private sealed record ManagementQueue(
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("vhost")] string Vhost,
        [property: JsonPropertyName("messages")] long? Messages,
        [property: JsonPropertyName("messages_ready")] long? Ready,
        [property: JsonPropertyName("messages_unacknowledged")] long? Unacknowledged,
        [property: JsonPropertyName("consumers")] int? Consumers);

    /// <summary>GET /api/queues of RabbitMQ's management plugin (refreshed every second by our broker's config).</summary>
    public async Task<QueueDepths> QueuesAsync(CancellationToken cancellationToken)
    {
        var endpoints = resources.Infrastructure();
        if (endpoints.RabbitMqManagement is null)
        {
            return new(false, "Pas de RabbitMQ avec l'API de gestion dans cette AppHost.", []);
        }
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoints.RabbitMqManagement, "api/queues"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{endpoints.RabbitMqUser}:{endpoints.RabbitMqPassword}")));
            using var response = await http.SendAsync(request, cancellationToken);
            response.EnsureSuccessStatusCode();
            var queues = await response.Content.ReadFromJsonAsync<List<ManagementQueue>>(cancellationToken) ?? [];
            return new(true, null, [.. queues.Select(q => new QueueDepth(q.Name, q.Vhost, q.Messages ?? 0, q.Ready ?? 0, q.Unacknowledged ?? 0, q.Consumers ?? 0))
                .OrderByDescending(q => q.Messages).ThenBy(q => q.Name, StringComparer.Ordinal)]);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            return new(false, $"RabbitMQ ne répond pas : {e.Message}", []);
        }
    }

    /// <summary>Events written but not yet published (and those whose publishing failed at least once), per service database.</summary>
    public async Task<IReadOnlyList<OutboxBacklog>> OutboxAsync(CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(resources.Infrastructure().OutboxDatabases.Select(d => BacklogAsync(d.Key, d.Value, cancellationToken)));
        return [.. results.OrderBy(r => r.Service, StringComparer.Ordinal)];
    }

    private static async Task<OutboxBacklog> BacklogAsync(string service, string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 5, Pooling = false }.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT count(*), count(*) FILTER (WHERE attempts > 0) FROM outbox_messages WHERE published_at IS NULL", connection);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new(service, reader.GetInt64(0), reader.GetInt64(1), null);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            return new(service, null, null, e.Message);
        }
    }
}
