using Defis.Benchmarking;

namespace Defis.Funding.Benchmarks.HotEnvelope;

/// <summary>The Funding service as it runs in production (same wiring, Release build), on its own Kestrel port.</summary>
public static class FundingHost
{
    public static Task<BenchmarkHost> StartAsync(BenchmarkServers servers, BenchTokens tokens) =>
        BenchmarkHost.StartServiceAsync(tokens, new Dictionary<string, string?>
        {
            ["ConnectionStrings:funding-db"] = servers.Database("funding"),
            ["ConnectionStrings:messaging"] = servers.AmqpUri,
            ["ConnectionStrings:cache"] = servers.Redis,
        }, builder => builder.AddFundingServices(), app => app.MapFundingEndpoints());
}
