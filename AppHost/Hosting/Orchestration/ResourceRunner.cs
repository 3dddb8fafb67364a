namespace Defis.Hosting.Orchestration;

/// <summary>Starts, watches and stops one resource, publishing its snapshots.</summary>
public abstract class ResourceRunner(IResource resource, ResourceNotificationService notifications)
{
    public IResource Resource => resource;

    protected ResourceNotificationService Notifications => notifications;

    /// <summary>Returns once the resource is started; a failure here stops the whole AppHost.</summary>
    public abstract Task StartAsync(CancellationToken cancellationToken);

    public abstract Task StopAsync();

    protected void Publish(Func<ResourceSnapshot, ResourceSnapshot> update) => notifications.Publish(resource.Name, update);
}
