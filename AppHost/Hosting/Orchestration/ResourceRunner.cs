using Defis.Dashboard.Resources;

namespace Defis.Hosting.Orchestration;

/// <summary>Starts, watches and stops one resource, publishing its snapshots.</summary>
public abstract class ResourceRunner(IResource resource, ResourceNotificationService notifications)
{
    public IResource Resource => resource;

    protected ResourceNotificationService Notifications => notifications;

    /// <summary>Returns once the resource is started; a failure here stops the whole AppHost.</summary>
    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task StopAsync();

    /// <summary>Asks for a start, stop or restart (from the dashboard); null when accepted, else why not (French).</summary>
    public virtual string? Request(ResourceCommand command) => $"{resource.Name} ne se pilote pas depuis le tableau de bord (infrastructure).";

    /// <summary>The commands <see cref="Request"/> accepts in this state.</summary>
    public virtual IReadOnlyList<ResourceCommand> Commands(ResourceSnapshot snapshot) => [];

    protected void Publish(Func<ResourceSnapshot, ResourceSnapshot> update) => notifications.Publish(resource.Name, update);
}
