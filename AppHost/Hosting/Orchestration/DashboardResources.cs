using Defis.Dashboard.Resources;
using Defis.LocalServers;

namespace Defis.Hosting.Orchestration;

/// <summary>The orchestrator as the dashboard sees it: snapshots, commands to project runners, and where the broker and databases are.</summary>
public sealed class DashboardResources(IReadOnlyList<IResource> resources, ResourceNotificationService notifications) : IResourceSource
{
    private IReadOnlyList<ResourceRunner> _runners = [];

    /// <summary>The runners exist only after the dashboard has started (they need its OTLP endpoint).</summary>
    public void Attach(IReadOnlyList<ResourceRunner> runners) => _runners = runners;

    public IReadOnlyList<ResourceView> Resources() => [.. notifications.Snapshots.Select(s => new ResourceView(s.Name, s.Type, s.State.ToString())
    {
        Health = s.Health?.ToString(),
        Pid = s.Pid,
        Restarts = s.Restarts,
        ExitCode = s.ExitCode,
        StartedAt = s.StartedAt,
        Urls = s.Urls,
        Environment = s.Environment ?? new Dictionary<string, string>(),
        Commands = [.. (Runner(s.Name)?.Commands(s) ?? []).Select(c => c.ToString().ToLowerInvariant())],
    })];

    public Task<string?> ExecuteAsync(string resource, ResourceCommand command, CancellationToken cancellationToken) =>
        Task.FromResult(Runner(resource) is { } runner ? runner.Request(command) : $"Ressource inconnue : {resource}.");

    public InfrastructureEndpoints Infrastructure()
    {
        var broker = resources.OfType<RabbitMQServerResource>().Select(r => r.Server).OfType<LocalRabbitMq>().FirstOrDefault();
        var databases = new Dictionary<string, string>();
        foreach (var project in resources.OfType<ProjectResource>())
        {
            foreach (var database in project.References.OfType<PostgresDatabaseResource>())
            {
                try
                {
                    databases[project.Name] = database.GetConnectionString();
                }
                catch (InvalidOperationException)
                {
                    // Its server has not started yet.
                }
            }
        }
        return new(broker?.ManagementUri, "guest", "guest", databases);
    }

    private ResourceRunner? Runner(string name) =>
        _runners.FirstOrDefault(r => string.Equals(r.Resource.Name, name, StringComparison.OrdinalIgnoreCase));
}
