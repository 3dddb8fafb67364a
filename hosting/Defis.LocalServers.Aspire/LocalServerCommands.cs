using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.LocalServers.Aspire;

/// <summary>SRE chores as resource commands: buttons in the dashboard, <c>aspire resource &lt;name&gt; &lt;command&gt;</c> in a terminal.</summary>
public static class LocalServerCommands
{
    public const string BackupCommand = "backup-databases";
    public const string QueueDepthsCommand = "queue-depths";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>
    /// Dumps every database of the server (schema and data, plain SQL) into <c>&lt;data&gt;/backups/&lt;UTC time&gt;/&lt;database&gt;.sql</c>,
    /// e.g. before trying a migration on local data.
    /// </summary>
    public static IResourceBuilder<LocalPostgresResource> WithBackupCommand(this IResourceBuilder<LocalPostgresResource> postgres, LocalDataFolder data)
    {
        var server = postgres.Resource;
        return postgres.WithCommand(BackupCommand, "Sauvegarder les bases", async context =>
        {
            var databases = context.Services.GetRequiredService<DistributedApplicationModel>().Resources
                .OfType<LocalPostgresDatabaseResource>().Where(d => d.Parent == server).ToList();
            var folder = Path.Combine(data.Root, "backups", DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(folder);
            var password = await server.Password.GetValueAsync(context.CancellationToken);
            var dump = Path.Combine(Prerequisites.PostgresBinDirectory(), "pg_dump");
            foreach (var database in databases)
            {
                await LocalProcess.RunAsync("/usr/bin/env",
                    [$"PGPASSWORD={password}", dump, "-h", "127.0.0.1", "-p", $"{server.PrimaryEndpoint.Port}", "-U", "postgres",
                     "-f", Path.Combine(folder, $"{database.DatabaseName}.sql"), database.DatabaseName],
                    cancellationToken: context.CancellationToken);
            }
            return CommandResults.Success($"{databases.Count} bases sauvegardées dans {folder}");
        }, new CommandOptions
        {
            Description = "Écrit chaque base (schéma et données) dans le dossier de données, sous backups/.",
            IconName = "Save",
            UpdateState = WhenRunning,
        });
    }

    /// <summary>Every queue with the messages waiting in it (ready + unacknowledged), deepest first, from the management API.</summary>
    public static IResourceBuilder<LocalRabbitMqResource> WithQueueDepthsCommand(this IResourceBuilder<LocalRabbitMqResource> rabbitMq)
    {
        var broker = rabbitMq.Resource;
        return rabbitMq.WithCommand(QueueDepthsCommand, "Profondeur des files", async context =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{broker.ManagementEndpoint.Url}/api/queues?columns=vhost,name,messages_ready,messages_unacknowledged");
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
            using var response = await Http.SendAsync(request, context.CancellationToken);
            response.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(context.CancellationToken));
            var depths = json.RootElement.EnumerateArray()
                .Select(q => (Name: q.GetProperty("name").GetString()!, Depth: Count(q, "messages_ready") + Count(q, "messages_unacknowledged")))
                .OrderByDescending(q => q.Depth).ThenBy(q => q.Name, StringComparer.Ordinal)
                .Select(q => $"{q.Name}: {q.Depth}");
            return CommandResults.Success(string.Join("\n", depths));
        }, new CommandOptions
        {
            Description = "Messages en attente (prêts et non acquittés) dans chaque file, les plus profondes d'abord.",
            IconName = "DataBarVertical",
            UpdateState = WhenRunning,
        });
    }

    private static long Count(JsonElement queue, string property) =>
        queue.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : 0;

    private static ResourceCommandState WhenRunning(UpdateCommandStateContext context) =>
        context.ResourceSnapshot.State?.Text == KnownResourceStates.Running ? ResourceCommandState.Enabled : ResourceCommandState.Disabled;
}
