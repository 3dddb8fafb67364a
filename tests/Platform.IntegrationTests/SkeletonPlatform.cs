using Defis.Notification.Grpc;
using Defis.Submission.Grpc;
using Defis.Testing;

namespace Defis.Platform.IntegrationTests;

/// <summary>The Submission and Notification services of the walking skeleton, on their own databases and virtual host.</summary>
public sealed class SkeletonPlatform(PlatformInfrastructure infrastructure) : IAsyncDisposable
{
    public const string NotificationQueue = "notification-dossier-draft-created";

    public ServiceHost<DossiersService> Submission { get; private set; } = null!;

    public ServiceHost<InboxService> Notification { get; private set; } = null!;

    public string VirtualHost { get; private set; } = "";

    public async Task StartAsync()
    {
        VirtualHost = await infrastructure.NewVirtualHostAsync();
        Submission = new ServiceHost<DossiersService>(Settings("submission-db", infrastructure.NewDatabase("submission")));
        Notification = new ServiceHost<InboxService>(Settings("notification-db", infrastructure.NewDatabase("notification")));
        await Task.WhenAll(Submission.StartedAsync(), Notification.StartedAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await Submission.DisposeAsync();
        await Notification.DisposeAsync();
    }

    private Dictionary<string, string?> Settings(string databaseName, string database) => new()
    {
        [$"ConnectionStrings:{databaseName}"] = database,
        ["ConnectionStrings:messaging"] = VirtualHost,
        ["ConnectionStrings:cache"] = infrastructure.RedisConnectionString,
        ["Messaging:Outbox:PollInterval"] = "00:00:00.500",
        ["Messaging:Outbox:MaxBackoff"] = "00:00:02",
        ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
    };
}
