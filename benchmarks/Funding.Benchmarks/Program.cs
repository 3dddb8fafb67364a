using BenchmarkDotNet.Running;
using Defis.Funding.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(EnvelopeDecisionBenchmarks).Assembly).Run(args);
