using BenchmarkDotNet.Running;
using Defis.Funding.Benchmarks;
using Defis.Funding.Benchmarks.HotEnvelope;

// `hot-envelope [officers] [seconds]`: the load benchmark on real PostgreSQL; anything else goes to BenchmarkDotNet.
if (args is ["hot-envelope", .. var options])
{
    return await HotEnvelopeRun.RunAsync(options);
}
BenchmarkSwitcher.FromAssembly(typeof(EnvelopeDecisionBenchmarks).Assembly).Run(args);
return 0;
