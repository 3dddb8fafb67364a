using System.Diagnostics.Metrics;
using Defis.ServiceInfrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;

namespace Defis.ServiceInfrastructure.Messaging;

/// <summary>
/// The service's own outbox backlog as OpenTelemetry gauges (meter <see cref="OutboxRelayTelemetry.MeterName"/>):
/// <c>defis.outbox.pending</c> (events not yet published) and <c>defis.outbox.oldest_pending_age</c> (seconds the
/// oldest of them has waited). The service samples its own table, so nothing outside it reads its database; the
/// sampling is kept out of traces, or every idle sample would show as a trace of its own in the dashboard.
/// </summary>
public sealed partial class OutboxBacklogGauges<TContext>(
    IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxBacklogGauges<TContext>> logger) : BackgroundService
    where TContext : ServiceDbContext
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(10);
    private static readonly Meter Meter = new(OutboxRelayTelemetry.MeterName);
    private static Func<(long Pending, double OldestAgeSeconds)>? _latest;

    static OutboxBacklogGauges()
    {
        Meter.CreateObservableGauge("defis.outbox.pending", () => _latest?.Invoke().Pending ?? 0, unit: "{event}",
            description: "Events in the outbox not yet published");
        Meter.CreateObservableGauge("defis.outbox.oldest_pending_age", () => _latest?.Invoke().OldestAgeSeconds ?? 0, unit: "s",
            description: "How long the oldest unpublished event has waited");
    }

    private (long Pending, double OldestAgeSeconds) _sample;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _latest = () => _sample;
        using var timer = new PeriodicTimer(SampleInterval, time);
        do
        {
            try
            {
                _sample = await SampleAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogSampleFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public async Task<(long Pending, double OldestAgeSeconds)> SampleAsync(CancellationToken cancellationToken)
    {
        using var untraced = SuppressInstrumentationScope.Begin();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var pending = db.OutboxMessages.Where(m => m.PublishedAt == null);
        var count = await pending.LongCountAsync(cancellationToken);
        var oldest = count == 0 ? (DateTimeOffset?)null : await pending.MinAsync(m => (DateTimeOffset?)m.OccurredAt, cancellationToken);
        return (count, oldest is { } at ? Math.Max(0, (time.GetUtcNow() - at).TotalSeconds) : 0);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sampling the outbox backlog failed")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
