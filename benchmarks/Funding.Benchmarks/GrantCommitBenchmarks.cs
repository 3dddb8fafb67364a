using BenchmarkDotNet.Attributes;
using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;

namespace Defis.Funding.Benchmarks;

/// <summary>
/// A finance officer's whole commit decision, 100,000 times on one hot envelope: selection, range,
/// room, thresholds, a 50/50 tranche schedule with the first tranche paid, events numbered from the
/// programme counter. Proposals are prepared before each iteration, so one invocation per iteration.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class GrantCommitBenchmarks
{
    public const int Operations = 100_000;

    private static readonly Money Amount = Money.FromEuros(150_000);
    private static readonly IReadOnlyList<TrancheTerm> Schedule = TrancheTerm.HalfNowHalfAt("prototype");
    private static readonly DateTimeOffset Now = new(2019, 9, 2, 10, 0, 0, TimeSpan.FromHours(2));

    private readonly Guid _programmeId = Guid.CreateVersion7(Now);
    private FundingRules _rules = null!;
    private Envelope _envelope = null!;
    private ChangeContext _change = null!;
    private Grant[] _grants = [];
    private DossierSelections[] _selections = [];

    [IterationSetup]
    public void PrepareProposals()
    {
        _rules = FundingRules.Define(_programmeId,
            new Dictionary<Phase, PhaseRange> { [Phase.Experimentation] = new(Amount, Money.FromEuros(250_000), Amount) },
            CollectiveAllowance.None);
        _envelope = Envelope.Open(_programmeId, new Money(Operations * Amount.Cents));
        _change = new ChangeContext("finance-officer", Now, new ProgrammeEventCounter(_programmeId));
        _grants = new Grant[Operations];
        _selections = new DossierSelections[Operations];
        var phases = new HashSet<Phase> { Phase.Experimentation };
        for (var i = 0; i < Operations; i++)
        {
            var selection = new LaureateSelection(_programmeId, Guid.CreateVersion7(Now), Phase.Experimentation);
            _grants[i] = Grant.Propose(selection, Money.Zero, Collectivity.Single, _rules, _change).Grant;
            _selections[i] = new DossierSelections(selection.DossierId, phases);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    public long CheckedLongAdditions()
    {
        var total = _envelope.Total.Cents;
        var committed = 0L;
        for (var i = 0; i < Operations; i++)
        {
            var amount = _grants[i].Amount.Cents;
            if (amount <= total - committed)
            {
                committed = checked(committed + amount);
            }
        }
        return committed;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public long GrantCommits()
    {
        var events = 0L;
        for (var i = 0; i < Operations; i++)
        {
            events += _grants[i].Commit(_selections[i], _envelope, _rules, Schedule, _change).Count;
        }
        return events;
    }
}
