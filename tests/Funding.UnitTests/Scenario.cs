using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;

namespace Defis.Funding.UnitTests;

/// <summary>A programme shaped like the 2018 "Cartes blanches" call: 1.5 M€, incubation up to 25 k€, experimentation 150–250 k€.</summary>
internal sealed class Scenario
{
    public static readonly DateTimeOffset Now = new(2019, 9, 2, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly PhaseRange Incubation = new(Money.FromEuros(1), Money.FromEuros(25_000), Money.FromEuros(25_000));

    public static readonly PhaseRange Experimentation = new(Money.FromEuros(150_000), Money.FromEuros(250_000), Money.FromEuros(150_000));

    private Scenario(Money total, IReadOnlyDictionary<Phase, Money>? allocations, int collectivePercent)
    {
        ProgrammeId = Guid.CreateVersion7(Now);
        Rules = FundingRules.Define(ProgrammeId,
            new Dictionary<Phase, PhaseRange> { [Phase.Incubation] = Incubation, [Phase.Experimentation] = Experimentation },
            new CollectiveAllowance(collectivePercent));
        Envelope = Envelope.Open(ProgrammeId, total, allocations);
        Counter = new ProgrammeEventCounter(ProgrammeId);
    }

    public Guid ProgrammeId { get; }

    public FundingRules Rules { get; }

    public Envelope Envelope { get; }

    public ProgrammeEventCounter Counter { get; }

    public ChangeContext Officer => new("finance-officer", Now, Counter);

    public ChangeContext Laureate => new("laureate", Now, Counter);

    public static Scenario CartesBlanches(long totalEuros = 1_500_000, IReadOnlyDictionary<Phase, Money>? allocations = null, int collectivePercent = 20) =>
        new(Money.FromEuros(totalEuros), allocations, collectivePercent);

    public Grant Propose(Phase phase, Money? recommended = null, Collectivity? collectivity = null) =>
        Grant.Propose(new LaureateSelection(ProgrammeId, Guid.CreateVersion7(Now), phase, recommended),
            Money.FromEuros(5_000), collectivity ?? Collectivity.Single, Rules, Officer).Grant;

    public IReadOnlyList<FundingEvent> Commit(Grant grant, IReadOnlyList<TrancheTerm>? schedule = null) =>
        grant.Commit(SelectedFor(grant, grant.Phase), Envelope, Rules, schedule ?? TrancheTerm.HalfNowHalfAt("prototype"), Officer);

    public Grant Committed(Phase phase, Money? amount = null, IReadOnlyList<TrancheTerm>? schedule = null)
    {
        var grant = Propose(phase, amount);
        Commit(grant, schedule);
        return grant;
    }

    public static DossierSelections SelectedFor(Grant grant, params Phase[] phases) => new(grant.DossierId, phases.ToHashSet());
}
