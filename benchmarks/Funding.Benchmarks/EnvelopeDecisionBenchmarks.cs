using BenchmarkDotNet.Attributes;
using Defis.Funding.Domain;

namespace Defis.Funding.Benchmarks;

/// <summary>
/// The envelope's commit decision alone (room check, phase allocation, thresholds), 100,000 times on one
/// hot envelope, beside the least any such decision can cost: a compare and a checked long addition.
/// </summary>
[MemoryDiagnoser]
public class EnvelopeDecisionBenchmarks
{
    public const int Operations = 100_000;

    private static readonly Money Amount = Money.FromEuros(150_000);
    private static readonly Guid ProgrammeId = Guid.CreateVersion7();

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long CheckedLongAdditions()
    {
        var total = Operations * Amount.Cents;
        var committed = 0L;
        for (var i = 0; i < Operations; i++)
        {
            if (Amount.Cents <= total - committed)
            {
                committed = checked(committed + Amount.Cents);
            }
        }
        return committed;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long EnvelopeCommits()
    {
        var envelope = Envelope.Open(ProgrammeId, new Money(Operations * Amount.Cents));
        for (var i = 0; i < Operations; i++)
        {
            envelope.Commit(Phase.Experimentation, Amount);
        }
        return envelope.Committed.Cents;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long EnvelopeCommitsWithPhaseAllocation()
    {
        var total = new Money(Operations * Amount.Cents);
        var envelope = Envelope.Open(ProgrammeId, total, new Dictionary<Phase, Money> { [Phase.Experimentation] = total });
        for (var i = 0; i < Operations; i++)
        {
            envelope.Commit(Phase.Experimentation, Amount);
        }
        return envelope.Committed.Cents;
    }
}
