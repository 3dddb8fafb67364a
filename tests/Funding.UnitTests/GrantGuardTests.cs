using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

/// <summary>A grant refuses another programme's envelope, counter or rules, and says which state forbids an action.</summary>
public sealed class GrantGuardTests
{
    [Fact]
    public void Every_money_movement_refuses_another_programme_s_envelope()
    {
        var scenario = Scenario.CartesBlanches();
        var other = Scenario.CartesBlanches();
        var proposal = scenario.Propose(Phase.Incubation);
        var committed = scenario.Committed(Phase.Incubation, schedule: [new(5_000, TrancheTrigger.AtCommitment), new(5_000, TrancheTrigger.Manual)]);

        Assert.Throws<InvalidOperationException>(() =>
            proposal.Commit(Scenario.SelectedFor(proposal, Phase.Incubation), other.Envelope, scenario.Rules, TrancheTerm.AllAtCommitment, scenario.Officer));
        Assert.Throws<InvalidOperationException>(() => committed.Adjust(Money.FromEuros(20_000), "Motif", other.Envelope, scenario.Rules, scenario.Officer));
        Assert.Throws<InvalidOperationException>(() => committed.ReleaseTranche(2, other.Envelope, scenario.Officer));
        Assert.Throws<InvalidOperationException>(() => committed.OnMilestoneValidated("prototype", other.Envelope, scenario.Officer));
        Assert.Throws<InvalidOperationException>(() => committed.Cancel("Motif", other.Envelope, scenario.Officer));
        Assert.Equal(GrantStatus.Proposed, proposal.Status);
        Assert.Equal(Money.Zero, other.Envelope.Committed);
    }

    [Fact]
    public void A_proposal_refuses_another_programme_s_counter_or_rules()
    {
        var scenario = Scenario.CartesBlanches();
        var other = Scenario.CartesBlanches();
        var selection = new LaureateSelection(scenario.ProgrammeId, Guid.CreateVersion7(), Phase.Incubation);

        Assert.Throws<InvalidOperationException>(() => Grant.Propose(selection, Money.Zero, Collectivity.Single, scenario.Rules, other.Officer));
        Assert.Throws<InvalidOperationException>(() => Grant.Propose(selection, Money.Zero, Collectivity.Single, other.Rules, scenario.Officer));
        Assert.Equal(0, other.Counter.LastSequence);
    }

    [Fact]
    public void A_commitment_checks_its_schedule_before_anything_else()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Incubation);

        Assert.Throws<RequestValidationException>(() => scenario.Commit(grant, [new(4_000, TrancheTrigger.AtCommitment)]));
        Assert.Equal((GrantStatus.Proposed, Money.Zero), (grant.Status, scenario.Envelope.Committed));
    }

    [Fact]
    public void A_second_commitment_is_refused_on_the_grant_s_state()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);

        var error = Assert.Throws<PreconditionFailedException>(() => scenario.Commit(grant));

        Assert.Equal(("GRANT_STATE", "grant"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Contains("proposée", error.Message);
    }

    [Fact]
    public void A_tranche_of_a_cancelled_grant_cannot_be_paid()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);
        grant.Cancel("Désistement", scenario.Envelope, scenario.Officer);

        var error = Assert.Throws<PreconditionFailedException>(() => grant.ReleaseTranche(2, scenario.Envelope, scenario.Officer));

        Assert.Equal(("GRANT_STATE", "grant"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Contains("engagée", error.Message);
    }

    [Fact]
    public void A_withdrawn_selection_stops_payments_until_it_comes_back()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation, schedule: [new(5_000, TrancheTrigger.AtCommitment), new(5_000, TrancheTrigger.Manual)]);
        grant.WithdrawSelection(scenario.Envelope, scenario.Officer);

        var error = Assert.Throws<PreconditionFailedException>(() => grant.ReleaseTranche(2, scenario.Envelope, scenario.Officer));
        Assert.Equal(("SELECTION_WITHDRAWN", "grant"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Contains("jury", error.Message);

        grant.RestoreSelection();
        Assert.IsType<TrancheReleased>(Assert.Single(grant.ReleaseTranche(2, scenario.Envelope, scenario.Officer)));
    }

    [Fact]
    public void An_unknown_tranche_is_named_by_grant_and_number()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);

        var error = Assert.Throws<NotFoundException>(() => grant.ReleaseTranche(7, scenario.Envelope, scenario.Officer));

        Assert.Contains($"Tranche '{grant.Id}/7'", error.Message);
    }

    [Fact]
    public void An_unfunded_phase_is_named()
    {
        var scenario = Scenario.CartesBlanches();

        var error = Assert.Throws<PreconditionFailedException>(() => scenario.Propose(Phase.Exploration));

        Assert.Equal(("PHASE_NOT_FUNDED", "phase"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Contains(Phase.Exploration.InFrench(), error.Message);
    }

    [Fact]
    public void An_out_of_range_amount_mentions_the_collective_bonus_only_for_a_collective_candidacy()
    {
        var scenario = Scenario.CartesBlanches(collectivePercent: 20);
        var single = scenario.Propose(Phase.Experimentation, Money.FromEuros(300_001));
        var collective = scenario.Propose(Phase.Experimentation, Money.FromEuros(300_001), new Collectivity(2, 1));

        var singleError = Assert.Single(Assert.Throws<PreconditionFailedException>(() => scenario.Commit(single)).Violations);
        var collectiveError = Assert.Single(Assert.Throws<PreconditionFailedException>(() => scenario.Commit(collective)).Violations);

        Assert.Equal(("AMOUNT_RANGE", "amount"), (singleError.Type, singleError.Subject));
        Assert.DoesNotContain("collective", singleError.Description);
        Assert.Contains(Money.FromEuros(250_000).ToFrench(), singleError.Description);
        Assert.Contains("20 % de plus pour une candidature collective", collectiveError.Description);
        Assert.Contains(Money.FromEuros(300_000).ToFrench(), collectiveError.Description);
    }

    [Fact]
    public void A_collective_ceiling_is_reached_exactly_and_not_one_cent_beyond()
    {
        var scenario = Scenario.CartesBlanches(collectivePercent: 20);
        var over = scenario.Propose(Phase.Experimentation, Money.FromEuros(300_000) + new Money(1), new Collectivity(2, 1));
        var atCeiling = scenario.Propose(Phase.Experimentation, Money.FromEuros(300_000), new Collectivity(1, 2));

        Assert.Throws<PreconditionFailedException>(() => scenario.Commit(over));
        scenario.Commit(atCeiling);
        Assert.Equal(Money.FromEuros(300_000), scenario.Envelope.Committed);
    }

    [Fact]
    public void The_event_counter_refuses_to_wrap_around()
    {
        var counter = new ProgrammeEventCounter(Guid.CreateVersion7(), long.MaxValue);

        Assert.Throws<OverflowException>(() => counter.Next("finance-officer", Scenario.Now));
    }
}
