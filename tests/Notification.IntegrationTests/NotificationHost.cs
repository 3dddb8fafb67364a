using Defis.Contracts.Events;
using Defis.Notification.Grpc;
using Defis.Notification.Persistence;
using Defis.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Notification.IntegrationTests;

/// <summary>The Notification service on its own database and virtual host, sending mail to the given SMTP server.</summary>
public sealed class NotificationHost(PlatformInfrastructure infrastructure) : IAsyncDisposable
{
    public ServiceHost<InboxService> Service { get; private set; } = null!;

    public async Task StartAsync(string? smtp = null, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:notification-db"] = infrastructure.NewDatabase("notification"),
            ["ConnectionStrings:messaging"] = await infrastructure.NewVirtualHostAsync(),
            ["ConnectionStrings:smtp"] = smtp ?? infrastructure.SmtpConnectionString,
            ["Notification:Email:PollInterval"] = "00:00:00.200",
            ["Notification:Email:FirstBackoff"] = "00:00:00.200",
            ["Notification:Email:MaxBackoff"] = "00:00:01",
            ["Notification:Webhooks:PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        Service = new ServiceHost<InboxService>(all, configureServices);
        await Service.StartedAsync();
    }

    /// <summary>Publishes as the producing service's outbox relay does: MessageId = EventId.</summary>
    public Task PublishAsync<T>(T evt) where T : IntegrationEvent =>
        Service.Service<IBus>().Publish(evt, context => context.MessageId = evt.EventId, TestContext.Current.CancellationToken);

    public async Task<T> QueryAsync<T>(Func<NotificationDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        return await query(db);
    }

    public Task<int> EmailCountAsync(string address) =>
        QueryAsync(db => db.Deliveries.CountAsync(d => d.Recipient == address, TestContext.Current.CancellationToken));

    public ValueTask DisposeAsync() => Service?.DisposeAsync() ?? ValueTask.CompletedTask;
}
