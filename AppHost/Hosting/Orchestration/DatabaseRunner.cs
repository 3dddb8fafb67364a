namespace Defis.Hosting.Orchestration;

/// <summary>
/// A database is a name on its server: the services' own migrations create it at start-up.
/// It is healthy once its server is (it waits for it).
/// </summary>
public sealed class DatabaseRunner(PostgresDatabaseResource database, ResourceNotificationService notifications)
    : ResourceRunner(database, notifications)
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Publish(s => s with { State = ResourceState.Running, Health = HealthStatus.Healthy });
        return Task.CompletedTask;
    }

    public override Task StopAsync()
    {
        Publish(s => s with { State = ResourceState.Finished, Health = null });
        return Task.CompletedTask;
    }
}
