using Defis.Contracts.Events;
using Defis.Notification.Persistence;
using Defis.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Platform.IntegrationTests;

/// <summary>At-least-once delivery, effectively-once effect: a message delivered several times has one effect.</summary>
public sealed class DuplicateDeliveryTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    // No call published: its ProgrammePublished would be one more message consumed than the seven counted.
    private readonly SkeletonPlatform _platform = new(infrastructure) { PublishesOpenCall = false };

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task The_same_message_delivered_twice_then_five_times_at_once_has_one_effect_each()
    {
        var bus = _platform.Submission.Service<IBus>();
        var first = Draft("agent-rennes");
        var second = Draft("agent-nantes");
        var cancellation = TestContext.Current.CancellationToken;
        var consumed = new ConsumeCounter();
        using var observation = _platform.Notification.Service<IBus>().ConnectConsumeObserver(consumed);

        await bus.Publish(first, context => context.MessageId = first.EventId, cancellation);
        await bus.Publish(first, context => context.MessageId = first.EventId, cancellation);
        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => bus.Publish(second, context => context.MessageId = second.EventId, cancellation)));

        await Eventually.Until(() => Task.FromResult(consumed.Consumed), count => count == 7, TimeSpan.FromSeconds(30), "all seven deliveries consumed");
        await using var scope = _platform.Notification.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var notifications = await db.InboxNotifications.AsNoTracking().ToListAsync(cancellation);
        Assert.Equal(["agent-nantes", "agent-rennes"], notifications.Select(n => n.RecipientId).Order());
        Assert.Equal(2, await db.InboxMessages.CountAsync(cancellation));
    }

    private static DossierDraftCreated Draft(string lead) =>
        new(Guid.CreateVersion7(), "CB21", "Simplifier l'accès aux bourses", "Préfecture d'Ille-et-Vilaine", lead, $"{lead}@example.gouv.fr")
        {
            OccurredAt = DateTimeOffset.UtcNow,
        };
}
