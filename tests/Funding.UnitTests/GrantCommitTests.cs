using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class GrantCommitTests
{
    [Fact]
    public void A_proposal_takes_the_jury_recommendation_else_the_phase_default()
    {
        var scenario = Scenario.CartesBlanches();
        Assert.Equal(Money.FromEuros(180_000), scenario.Propose(Phase.Experimentation, Money.FromEuros(180_000)).Amount);
        Assert.Equal(Scenario.Experimentation.Default, scenario.Propose(Phase.Experimentation).Amount);
    }

    [Fact]
    public void Committing_records_who_and_when_and_the_self_financing_share()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(195_000));

        Assert.Equal(GrantStatus.Committed, grant.Status);
        Assert.Equal(("finance-officer", Scenario.Now), (grant.CommittedBy, grant.CommittedAt));
        Assert.Equal(Money.FromEuros(5_000), grant.SelfFinancing);
        Assert.Equal(250, grant.SelfFinancingShareBasisPoints); // 5 000 / (5 000 + 195 000) = 2.5 %
    }

    public static TheoryData<Phase, Phase[], string> WrongSelections => new()
    {
        // Incremental funding: an incubation selection does not open experimentation money.
        { Phase.Experimentation, [Phase.Incubation], "expérimentation" },
        { Phase.Incubation, [], "incubation" },
        { Phase.Incubation, [Phase.Exploration, Phase.Experimentation], "incubation" },
    };

    [Theory]
    [MemberData(nameof(WrongSelections))]
    public void Commitment_needs_a_selection_for_that_very_phase(Phase phase, Phase[] selectedFor, string named)
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(phase);

        var error = Assert.Throws<PreconditionFailedException>(() =>
            grant.Commit(Scenario.SelectedFor(grant, selectedFor), scenario.Envelope, scenario.Rules, TrancheTerm.AllAtCommitment, scenario.Officer));

        var violation = Assert.Single(error.Violations);
        Assert.Equal(("SELECTION", "phase"), (violation.Type, violation.Subject));
        Assert.Contains(named, violation.Description);
        Assert.Equal(Money.Zero, scenario.Envelope.Committed);
    }

    [Fact]
    public void Another_dossiers_selection_does_not_count()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Incubation);
        var someoneElse = new DossierSelections(Guid.CreateVersion7(), new HashSet<Phase> { Phase.Incubation });

        var error = Assert.Throws<PreconditionFailedException>(() =>
            grant.Commit(someoneElse, scenario.Envelope, scenario.Rules, TrancheTerm.AllAtCommitment, scenario.Officer));
        Assert.Equal("SELECTION", Assert.Single(error.Violations).Type);
    }

    public static TheoryData<long, int, int, bool> Ranges => new()
    {
        // amount in €, organisations, territories, accepted (experimentation 150–250 k€, +20 % when collective)
        { 150_000, 1, 1, true },
        { 149_999, 1, 1, false },
        { 250_000, 1, 1, true },
        { 250_001, 1, 1, false },
        { 300_000, 3, 1, true },
        { 300_000, 1, 2, true },
        { 300_001, 4, 4, false },
        { 149_999, 4, 4, false },
    };

    [Theory]
    [MemberData(nameof(Ranges))]
    public void The_amount_must_be_within_the_phase_range_raised_for_collective_candidacies(long euros, int organisations, int territories, bool accepted)
    {
        var scenario = Scenario.CartesBlanches(collectivePercent: 20);
        var grant = scenario.Propose(Phase.Experimentation, Money.FromEuros(euros), new Collectivity(organisations, territories));

        var commit = () => scenario.Commit(grant);

        if (accepted)
        {
            commit();
            Assert.Equal(Money.FromEuros(euros), scenario.Envelope.Committed);
        }
        else
        {
            var violation = Assert.Single(Assert.Throws<PreconditionFailedException>(commit).Violations);
            Assert.Equal("AMOUNT_RANGE", violation.Type);
            Assert.Contains("150\u202F000,00\u00A0€", violation.Description);
        }
    }

    [Fact]
    public void Every_reason_to_refuse_is_given_at_once()
    {
        var scenario = Scenario.CartesBlanches(totalEuros: 100_000);
        var grant = scenario.Propose(Phase.Experimentation, Money.FromEuros(400_000));

        var error = Assert.Throws<PreconditionFailedException>(() =>
            grant.Commit(Scenario.SelectedFor(grant, Phase.Incubation), scenario.Envelope, scenario.Rules, TrancheTerm.AllAtCommitment, scenario.Officer));

        Assert.Equal(["SELECTION", "AMOUNT_RANGE", "ENVELOPE"], error.Violations.Select(v => v.Type));
    }

    [Fact]
    public void An_unfunded_phase_is_refused_at_proposal()
    {
        var scenario = Scenario.CartesBlanches();
        var error = Assert.Throws<PreconditionFailedException>(() => scenario.Propose(Phase.Exploration));
        Assert.Equal("PHASE_NOT_FUNDED", Assert.Single(error.Violations).Type);
    }

    [Fact]
    public void A_grant_is_committed_once()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);
        var error = Assert.Throws<PreconditionFailedException>(() => scenario.Commit(grant));
        Assert.Equal("GRANT_STATE", Assert.Single(error.Violations).Type);
        Assert.Equal(Scenario.Incubation.Default, scenario.Envelope.Committed);
    }

    public static TheoryData<long?, long, int, int, string> BadProposals => new()
    {
        { 0, 0, 1, 1, "recommended_amount" },
        { -100, 0, 1, 1, "recommended_amount" },
        { null, -1, 1, 1, "self_financing" },
        { null, 0, 0, 1, "collectivity" },
    };

    [Theory]
    [MemberData(nameof(BadProposals))]
    public void Bad_proposals_name_the_field(long? recommended, long selfFinancing, int organisations, int territories, string field)
    {
        var scenario = Scenario.CartesBlanches();
        var selection = new LaureateSelection(scenario.ProgrammeId, Guid.CreateVersion7(), Phase.Incubation, recommended is { } r ? new Money(r) : null);

        var error = Assert.Throws<RequestValidationException>(() =>
            Grant.Propose(selection, new Money(selfFinancing), new Collectivity(organisations, territories), scenario.Rules, scenario.Officer));

        Assert.Equal(field, Assert.Single(error.Violations).Field);
        Assert.Equal(0, scenario.Counter.LastSequence);
    }

    [Fact]
    public void Commit_yields_the_commitment_then_the_tranches_due_at_once()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Experimentation, new Money(20_000_001));

        var events = scenario.Commit(grant);

        Assert.Collection(events,
            e => Assert.Equal(new Money(20_000_001), Assert.IsType<GrantCommitted>(e).Amount),
            e => Assert.Equal((1, new Money(10_000_000)), (Assert.IsType<TrancheReleased>(e).TrancheNumber, ((TrancheReleased)e).Amount)));
        Assert.Equal([new Money(10_000_000), new Money(10_000_001)], grant.Tranches.Select(t => t.Amount));
        Assert.Equal(new Money(10_000_000), scenario.Envelope.Disbursed);
    }

    [Fact]
    public void The_commitment_tells_the_schedule_as_it_leaves_it_the_tranche_due_at_once_paid_and_is_numbered_first()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Experimentation, new Money(20_000_001));

        var events = scenario.Commit(grant);

        var committed = Assert.IsType<GrantCommitted>(events[0]);
        CommittedTranche[] schedule =
        [
            new(1, new Money(10_000_000), 5_000, TrancheTrigger.AtCommitment, null, Scenario.Now),
            new(2, new Money(10_000_001), 5_000, TrancheTrigger.Milestone, "prototype", null),
        ];
        Assert.Equal(schedule, committed.Tranches);
        Assert.True(committed.Header.Sequence < Assert.IsType<TrancheReleased>(events[1]).Header.Sequence);
    }
}
