using Defis.Contracts.Notification.V1;
using Defis.Contracts.Submission.V1;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Platform.IntegrationTests;

/// <summary>Nothing lost: state changes made while the broker is down are all announced once it returns, each once.</summary>
[Collection(ServerOutageCollection.Name)]
public sealed class BrokerOutageTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const int Changes = 100;
    private readonly SkeletonPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_hundred_drafts_made_while_RabbitMQ_is_down_are_each_notified_once_after_it_returns()
    {
        Assert.SkipUnless(infrastructure.ControlsServers, "The servers were given from outside; this test stops and restarts them.");
        var token = TestTokens.For("agent-outage", Roles.Applicant);
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(token));
        var cancellation = TestContext.Current.CancellationToken;

        await infrastructure.RabbitMq!.StopAsync();
        try
        {
            for (var i = 0; i < Changes; i++)
            {
                await dossiers.CreateDossierAsync(Requests.ValidDossier($"Défi numéro {i}"), cancellationToken: cancellation);
            }
            await using var scope = _platform.Submission.Services.CreateAsyncScope();
            var submission = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
            Assert.Equal(Changes, await submission.Dossiers.CountAsync(cancellation));
            Assert.Equal(Changes, await submission.OutboxMessages.CountAsync(m => m.PublishedAt == null, cancellation));
        }
        finally
        {
            await infrastructure.RabbitMq.StartAsync(cancellation);
        }

        var inbox = new Inbox.InboxClient(_platform.Notification.Channel(token));
        await Eventually.Until(() => inbox.ListInboxAsync(new ListInboxRequest { PageSize = 100 }).ResponseAsync,
            r => r.UnreadCount >= Changes, TimeSpan.FromSeconds(90), $"{Changes} notifications after the broker returned");
        await Eventually.Until(() => UnpublishedAsync(), count => count == 0, TimeSpan.FromSeconds(30), "every outbox row published");
        await Eventually.Until(() => infrastructure.PendingMessagesAsync(_platform.VirtualHost, SkeletonPlatform.NotificationQueue),
            pending => pending == 0, TimeSpan.FromSeconds(30), "the notification queue drained");
        await using var notificationScope = _platform.Notification.Services.CreateAsyncScope();
        var notifications = notificationScope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var subjects = await notifications.InboxNotifications.Select(n => n.Subject).ToListAsync(cancellation);
        Assert.Equal(Changes, subjects.Count);
        Assert.Equal(Changes, subjects.Distinct().Count());
    }

    private async Task<int> UnpublishedAsync()
    {
        await using var scope = _platform.Submission.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SubmissionDbContext>().OutboxMessages.CountAsync(m => m.PublishedAt == null);
    }
}
