using System.Diagnostics;
using Defis.ServiceInfrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Defis.ServiceInfrastructure.Messaging;

/// <summary>
/// Publishes committed outbox rows to the broker. One relay per database is active at a time (an
/// advisory lock held by its transaction, which makes it the only writer of pending rows, so they need
/// no row locks), rows are taken in write order, events of one aggregate go out in order, and a row is
/// marked published only after the broker confirmed it. A crash between the two republishes the row
/// with the same MessageId, which consumers de-duplicate.
/// </summary>
public sealed partial class OutboxRelay<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<MessagingOptions> options,
    ILogger<OutboxRelay<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    // Any constant works: the lock is per database, and each service has its own.
    private const long RelayLockKey = 0x0D_EF15_0B0C;

    private OutboxOptions Settings => options.Value.Outbox;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextCleanup = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await RelayBatchAsync(stoppingToken);
                if (time.GetUtcNow() >= nextCleanup)
                {
                    await DeletePublishedAsync(stoppingToken);
                    nextCleanup = time.GetUtcNow().AddHours(1);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogRelayFailed(logger, e);
            }
            if (published == 0)
            {
                await WaitForWorkAsync(stoppingToken);
            }
        }
    }

    /// <summary>Publishes one batch; returns how many rows were published.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        return await db.InTransactionAsync(async () =>
        {
            var locked = await db.Database
                .SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({RelayLockKey}) AS \"Value\"")
                .SingleAsync(cancellationToken);
            if (!locked)
            {
                return 0;
            }
            await WalkPendingRowsInOrderAsync(db, cancellationToken);
            var now = time.GetUtcNow();
            // An aggregate with an event waiting out a backoff is skipped whole: that event was tried only
            // after every earlier one of its aggregate was published, so all its pending events are later.
            var batch = await db.OutboxMessages.FromSql($"""
                SELECT * FROM outbox_messages o
                WHERE o.published_at IS NULL AND o.next_attempt_at <= {now}
                  AND NOT EXISTS (
                    SELECT 1 FROM outbox_messages waiting
                    WHERE waiting.aggregate_id = o.aggregate_id AND waiting.published_at IS NULL AND waiting.next_attempt_at > {now})
                ORDER BY o.sequence
                LIMIT {Settings.BatchSize}
                """).AsNoTracking().ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return 0;
            }
            await Task.WhenAll(batch.GroupBy(m => m.AggregateId).Select(events => PublishInOrderAsync(events, cancellationToken)));
            return await RecordOutcomesAsync(db, batch, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// The one good plan reads the pending rows in sequence order and stops at a batch. The planner chooses it only
    /// when its statistics know how many rows are pending, and a backlog is when they do not: it then reads and sorts
    /// every pending row for each batch (25 ms a batch with 5,000 pending, growing with the backlog; see
    /// docs/benchmarks/outbox.md). Forbidding the sort for this transaction alone leaves it that plan.
    /// </summary>
    private static Task WalkPendingRowsInOrderAsync(TContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("SET LOCAL enable_sort = off", cancellationToken);

    /// <summary>One statement marks the published rows; the rare failures are written one by one.</summary>
    private async Task<int> RecordOutcomesAsync(TContext db, List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        var publishedIds = batch.Where(m => m.PublishedAt is not null).Select(m => m.Id).ToList();
        var publishedAt = time.GetUtcNow();
        await db.OutboxMessages.Where(m => publishedIds.Contains(m.Id))
            .ExecuteUpdateAsync(row => row.SetProperty(m => m.PublishedAt, publishedAt).SetProperty(m => m.LastError, (string?)null), cancellationToken);
        foreach (var failed in batch.Where(m => m.PublishedAt is null && m.LastError is not null))
        {
            await db.OutboxMessages.Where(m => m.Id == failed.Id).ExecuteUpdateAsync(row => row
                .SetProperty(m => m.Attempts, failed.Attempts)
                .SetProperty(m => m.NextAttemptAt, failed.NextAttemptAt)
                .SetProperty(m => m.LastError, failed.LastError), cancellationToken);
        }
        return publishedIds.Count;
    }

    private async Task PublishInOrderAsync(IEnumerable<OutboxMessage> events, CancellationToken cancellationToken)
    {
        var blocked = false;
        foreach (var message in events)
        {
            if (blocked)
            {
                // An earlier event of this aggregate failed: a later one must not overtake it.
                continue;
            }
            blocked = !await TryPublishAsync(message, cancellationToken);
        }
    }

    private async Task<bool> TryPublishAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ActivityContext.TryParse(message.TraceParent, message.TraceState, out var parent);
        using var activity = OutboxRelayTelemetry.Source.StartActivity("outbox relay", ActivityKind.Internal, parent);
        activity?.SetTag("messaging.message.id", message.Id);
        activity?.SetTag("defis.event.type", message.Type);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(Settings.PublishTimeout);
            var integrationEvent = message.ToEvent();
            await bus.Publish(integrationEvent, integrationEvent.GetType(), context => context.MessageId = message.Id, timeout.Token);
            message.PublishedAt = time.GetUtcNow();
            message.LastError = null;
            OutboxRelayTelemetry.Published.Add(1);
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            message.Attempts++;
            message.NextAttemptAt = time.GetUtcNow() + OutboxBackoff.After(message.Attempts, Settings.MaxBackoff, Random.Shared.NextDouble());
            message.LastError = Truncate($"{e.GetType().Name}: {e.Message}", 2000);
            OutboxRelayTelemetry.Failed.Add(1);
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            LogPublishFailed(logger, message.Id, message.Type, message.Attempts, e.Message);
            return false;
        }
    }

    private async Task DeletePublishedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var before = time.GetUtcNow() - Settings.Retention;
        await db.OutboxMessages.Where(m => m.PublishedAt != null && m.PublishedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task WaitForWorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(Settings.PollInterval, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox relay batch failed")]
    private static partial void LogRelayFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing event {MessageId} ({Type}) failed, attempt {Attempts}: {Reason}")]
    private static partial void LogPublishFailed(ILogger logger, Guid messageId, string type, int attempts, string reason);
}
