using Defis.ServiceInfrastructure.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Defis.ServiceInfrastructure.Scheduling;

/// <summary>
/// Runs <typeparamref name="TPass"/> in a scope of its own once every <paramref name="interval"/> of the service's
/// <see cref="TimeProvider"/> (so tests drive it with a fake clock), or sooner when its <see cref="PassSignal{TPass}"/>
/// is notified. Each pass has its own worker, so a failing pass never holds another back.
/// </summary>
public sealed partial class ScheduledPassWorker<TPass>(IServiceScopeFactory scopes, TimeProvider time, TimeSpan interval,
    PassSignal<TPass> signal, ILogger<ScheduledPassWorker<TPass>> logger) : BackgroundService where TPass : IScheduledPass
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var started = time.GetUtcNow();
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                using var work = AuditActor.Doing($"tâche {typeof(TPass).Name}");
                var done = await scope.ServiceProvider.GetRequiredService<TPass>().RunAsync(stoppingToken);
                if (done > 0)
                {
                    LogDone(logger, typeof(TPass).Name, done);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop the clock for good: the next pass tries again.
                LogFailed(logger, typeof(TPass).Name, e);
            }
            // The next pass is due one interval after this one started. Measured from its end instead, a clock that
            // moved on while the pass ran (a fake clock set forward, a long pass) would push the next pass a whole
            // interval past the time it moved to, and what became due meanwhile would wait for it.
            var remaining = started + interval - time.GetUtcNow();
            if (remaining > TimeSpan.Zero)
            {
                await signal.WaitAsync(remaining, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Pass}: {Count} done")]
    private static partial void LogDone(ILogger logger, string pass, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Pass} failed; trying again at the next interval")]
    private static partial void LogFailed(ILogger logger, string pass, Exception exception);
}
