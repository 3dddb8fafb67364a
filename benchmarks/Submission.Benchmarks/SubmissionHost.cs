using Defis.Benchmarking;
using Defis.Submission;

namespace Defis.Benchmarks.Submission;

/// <summary>The Submission service as it runs in production (same wiring, Release build), on its own Kestrel port.</summary>
public static class SubmissionHost
{
    public static Task<BenchmarkHost> StartAsync(BenchmarkServers servers, BenchTokens tokens) =>
        BenchmarkHost.StartServiceAsync(tokens, new Dictionary<string, string?>
        {
            ["ConnectionStrings:submission-db"] = servers.Database("submission"),
            ["ConnectionStrings:messaging"] = servers.AmqpUri,
            ["ConnectionStrings:cache"] = servers.Redis,
        }, builder => builder.AddSubmissionServices(), app => app.MapSubmissionEndpoints());
}
