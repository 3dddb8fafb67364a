using Microsoft.Extensions.Options;

namespace Defis.Accompaniment.FollowUp;

/// <summary>Runs <see cref="MilestoneFollowUp"/> every <see cref="FollowUpOptions.Interval"/>, on the service's <see cref="TimeProvider"/>.</summary>
public sealed partial class FollowUpWorker(IServiceScopeFactory scopes, TimeProvider time, IOptions<FollowUpOptions> options,
    ILogger<FollowUpWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var announced = await scope.ServiceProvider.GetRequiredService<MilestoneFollowUp>().RunAsync(stoppingToken);
                if (announced > 0)
                {
                    LogAnnounced(logger, announced);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // A database hiccup must not stop the follow-up for good: the next pass tries again.
                LogFailed(logger, e);
            }
            await Task.Delay(options.Value.Interval, time, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Milestone follow-up: {Count} announcements")]
    private static partial void LogAnnounced(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Milestone follow-up pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
