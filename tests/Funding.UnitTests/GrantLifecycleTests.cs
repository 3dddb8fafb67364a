using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class GrantLifecycleTests
{
    private static readonly IReadOnlyList<TrancheTerm> ThreeStep =
        [new(3_000, TrancheTrigger.AtCommitment), new(3_000, TrancheTrigger.Milestone, "Prototype testé"), new(4_000, TrancheTrigger.Manual)];

    [Fact]
    public void A_validated_milestone_pays_its_tranche_once()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, new Money(15_000_007), ThreeStep);

        var first = grant.OnMilestoneValidated("  prototype TESTÉ ", scenario.Envelope, scenario.Officer);
        var replay = grant.OnMilestoneValidated("Prototype testé", scenario.Envelope, scenario.Officer);

        var released = Assert.IsType<TrancheReleased>(Assert.Single(first));
        Assert.Equal((2, new Money(4_500_002), "Prototype testé"), (released.TrancheNumber, released.Amount, released.Milestone));
        Assert.Empty(replay);
        Assert.Equal(new Money(9_000_004), scenario.Envelope.Disbursed);
    }

    [Fact]
    public void Releasing_by_hand_is_idempotent_by_tranche()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, new Money(15_000_007), ThreeStep);

        var first = grant.ReleaseTranche(3, scenario.Envelope, scenario.Officer);
        var second = grant.ReleaseTranche(3, scenario.Envelope, scenario.Officer);
        var atCommitment = grant.ReleaseTranche(1, scenario.Envelope, scenario.Officer);

        Assert.Equal(new Money(6_000_003), Assert.IsType<TrancheReleased>(Assert.Single(first)).Amount);
        Assert.Empty(second);
        Assert.Empty(atCommitment);
        Assert.Equal(new Money(10_500_005), grant.Released);
        Assert.Equal(grant.Released, scenario.Envelope.Disbursed);
    }

    [Fact]
    public void An_unknown_tranche_is_not_found()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);
        Assert.Throws<NotFoundException>(() => grant.ReleaseTranche(7, scenario.Envelope, scenario.Officer));
    }

    [Fact]
    public void Nothing_is_paid_before_commitment()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Incubation);
        Assert.Empty(grant.OnMilestoneValidated("prototype", scenario.Envelope, scenario.Officer));
        Assert.Throws<NotFoundException>(() => grant.ReleaseTranche(1, scenario.Envelope, scenario.Officer));
    }

    [Fact]
    public void Cancelling_gives_the_unpaid_part_back_to_the_envelope()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000));

        var events = grant.Cancel("Le terrain d'expérimentation s'est retiré.", scenario.Envelope, scenario.Officer);

        var cancelled = Assert.IsType<GrantCancelled>(Assert.Single(events));
        Assert.Equal(Money.FromEuros(100_000), cancelled.ReleasedRoom);
        Assert.Equal((Money.FromEuros(100_000), Money.FromEuros(100_000)), (scenario.Envelope.Committed, scenario.Envelope.Disbursed));
        Assert.Equal([TrancheStatus.Released, TrancheStatus.Cancelled], grant.Tranches.Select(t => t.Status));
        Assert.Empty(grant.Cancel("encore", scenario.Envelope, scenario.Officer));
        Assert.Throws<PreconditionFailedException>(() => grant.ReleaseTranche(2, scenario.Envelope, scenario.Officer));
    }

    [Fact]
    public void Cancelling_a_proposal_touches_no_money()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Incubation);
        var cancelled = Assert.IsType<GrantCancelled>(Assert.Single(grant.Cancel("Désistement", scenario.Envelope, scenario.Officer)));
        Assert.Equal(Money.Zero, cancelled.ReleasedRoom);
        Assert.Throws<PreconditionFailedException>(() => scenario.Commit(grant));
    }

    [Fact]
    public void Adjusting_a_committed_grant_moves_the_envelope_and_re_splits_unpaid_tranches()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000), ThreeStep);

        var events = grant.Adjust(new Money(23_000_001), "Second terrain ajouté", scenario.Envelope, scenario.Rules, scenario.Officer);

        var adjusted = Assert.IsType<GrantAdjusted>(Assert.Single(events));
        Assert.Equal((Money.FromEuros(200_000), new Money(23_000_001)), (adjusted.PreviousAmount, adjusted.NewAmount));
        Assert.Equal(GrantStatus.Adjusted, grant.Status);
        Assert.Equal(new Money(23_000_001), scenario.Envelope.Committed);
        // 60 k€ already paid stays; 170 000,01 € re-split 3:4 over the unpaid tranches, odd cent last.
        Assert.Equal([Money.FromEuros(60_000), new Money(7_285_714), new Money(9_714_287)], grant.Tranches.Select(t => t.Amount));
        Assert.Equal(grant.Amount, Money.Sum(grant.Tranches.Select(t => t.Amount)));

        grant.Adjust(Money.FromEuros(150_000), "Budget revu", scenario.Envelope, scenario.Rules, scenario.Officer);
        Assert.Equal(Money.FromEuros(150_000), scenario.Envelope.Committed);
        Assert.Equal(grant.Amount, Money.Sum(grant.Tranches.Select(t => t.Amount)));
    }

    [Fact]
    public void An_adjustment_is_refused_below_what_is_paid_out_of_range_or_beyond_the_envelope()
    {
        var scenario = Scenario.CartesBlanches(totalEuros: 400_000);
        scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000));
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(180_000),
            [new(9_000, TrancheTrigger.AtCommitment), new(1_000, TrancheTrigger.Manual)]);

        var tooHigh = Assert.Throws<PreconditionFailedException>(() =>
            grant.Adjust(Money.FromEuros(250_000), "Plus de terrains", scenario.Envelope, scenario.Rules, scenario.Officer));
        var belowPaid = Assert.Throws<PreconditionFailedException>(() =>
            grant.Adjust(Money.FromEuros(150_000), "Moins", scenario.Envelope, scenario.Rules, scenario.Officer));

        Assert.Equal(["ENVELOPE"], tooHigh.Violations.Select(v => v.Type));
        Assert.Equal(["ALREADY_RELEASED"], belowPaid.Violations.Select(v => v.Type));
        Assert.Equal(Money.FromEuros(180_000), grant.Amount);
        Assert.Equal(Money.FromEuros(380_000), scenario.Envelope.Committed);
    }

    [Fact]
    public void Adjusting_a_proposal_only_changes_the_proposal()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Incubation);
        var events = grant.Adjust(Money.FromEuros(20_000), "Recommandation du jury révisée", scenario.Envelope, scenario.Rules, scenario.Officer);
        Assert.IsType<GrantAdjusted>(Assert.Single(events));
        Assert.Equal((GrantStatus.Proposed, Money.FromEuros(20_000), Money.Zero), (grant.Status, grant.Amount, scenario.Envelope.Committed));
        Assert.Empty(grant.Adjust(Money.FromEuros(20_000), "Même montant", scenario.Envelope, scenario.Rules, scenario.Officer));
    }

    public static TheoryData<long, string, string[]> BadAdjustments => new()
    {
        { 0, "Motif", ["amount"] },
        { -5, "Motif", ["amount"] },
        { 100, " ", ["reason"] },
        { -1, "", ["amount", "reason"] },
    };

    [Theory]
    [MemberData(nameof(BadAdjustments))]
    public void Bad_adjustments_name_each_field(long cents, string reason, string[] fields)
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);
        var error = Assert.Throws<RequestValidationException>(() => grant.Adjust(new Money(cents), reason, scenario.Envelope, scenario.Rules, scenario.Officer));
        Assert.Equal(fields, error.Violations.Select(v => v.Field));
    }
}
