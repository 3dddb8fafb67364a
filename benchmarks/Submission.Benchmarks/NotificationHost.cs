using Defis.Benchmarking;
using Defis.Notification;

namespace Defis.Benchmarks.Submission;

/// <summary>The Notification service as it runs in production, consuming the Submission host's events, mailing to a capture server.</summary>
public static class NotificationHost
{
    public static Task<BenchmarkHost> StartAsync(BenchmarkServers servers, BenchTokens tokens, string smtp) =>
        BenchmarkHost.StartServiceAsync(tokens, new Dictionary<string, string?>
        {
            ["ConnectionStrings:notification-db"] = servers.Database("notification"),
            ["ConnectionStrings:messaging"] = servers.AmqpUri,
            ["ConnectionStrings:smtp"] = smtp,
        }, builder => builder.AddNotificationServices(), app => app.MapNotificationEndpoints());
}
