using BenchmarkDotNet.Running;
using Defis.Jury.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(RankingBenchmarks).Assembly).Run(args);
