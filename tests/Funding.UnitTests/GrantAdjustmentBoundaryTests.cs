using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

/// <summary>How far an adjustment may move a committed grant, at each limit and one cent either side.</summary>
public sealed class GrantAdjustmentBoundaryTests
{
    private static readonly IReadOnlyList<TrancheTerm> NinetyTen = [new(9_000, TrancheTrigger.AtCommitment), new(1_000, TrancheTrigger.Manual)];

    private static PreconditionFailedException Refused(Scenario scenario, Grant grant, Money amount) =>
        Assert.Throws<PreconditionFailedException>(() => grant.Adjust(amount, "Motif", scenario.Envelope, scenario.Rules, scenario.Officer));

    [Fact]
    public void An_increase_may_take_the_envelope_s_last_cent_but_not_one_more()
    {
        var scenario = Scenario.CartesBlanches(totalEuros: 400_000);
        scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000));
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(180_000));

        var error = Refused(scenario, grant, Money.FromEuros(200_000) + new Money(1));
        Assert.Equal(["ENVELOPE"], error.Violations.Select(v => v.Type));
        Assert.Contains(Money.FromEuros(20_000).ToFrench(), error.Message);

        grant.Adjust(Money.FromEuros(200_000), "Motif", scenario.Envelope, scenario.Rules, scenario.Officer);
        Assert.Equal((Money.Zero, Money.FromEuros(200_000)), (scenario.Envelope.Remaining, grant.Amount));
    }

    [Fact]
    public void An_adjustment_may_come_down_to_exactly_what_is_paid_but_not_one_cent_below()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000), NinetyTen);
        var paid = grant.Released;
        var range = Scenario.Experimentation;
        Assert.True(paid > range.Min);

        var error = Refused(scenario, grant, paid - new Money(1));
        Assert.Equal(["ALREADY_RELEASED"], error.Violations.Select(v => v.Type));
        Assert.Contains(paid.ToFrench(), error.Message);

        grant.Adjust(paid, "Motif", scenario.Envelope, scenario.Rules, scenario.Officer);
        Assert.Equal([paid, Money.Zero], grant.Tranches.Select(t => t.Amount));
        Assert.Equal(paid, scenario.Envelope.Committed);
    }

    [Fact]
    public void An_adjustment_must_stay_in_the_phase_range()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000), TrancheTerm.HalfNowHalfAt("prototype"));

        Assert.Equal(["AMOUNT_RANGE"], Refused(scenario, grant, Scenario.Experimentation.Max + new Money(1)).Violations.Select(v => v.Type));
        Assert.Equal(["AMOUNT_RANGE"], Refused(scenario, grant, Scenario.Experimentation.Min - new Money(1)).Violations.Select(v => v.Type));
        grant.Adjust(Scenario.Experimentation.Max, "Motif", scenario.Envelope, scenario.Rules, scenario.Officer);
        Assert.Equal(Scenario.Experimentation.Max, scenario.Envelope.Committed);
    }

    [Fact]
    public void Once_every_tranche_is_paid_the_amount_can_no_longer_change()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000), TrancheTerm.AllAtCommitment);

        var error = Refused(scenario, grant, Money.FromEuros(210_000));

        Assert.Equal(["ALL_RELEASED"], error.Violations.Select(v => v.Type));
        Assert.Equal(Money.FromEuros(200_000), scenario.Envelope.Committed);
    }

    [Fact]
    public void A_decrease_gives_the_difference_back_and_an_increase_takes_it()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000));

        grant.Adjust(Money.FromEuros(190_000), "Moins", scenario.Envelope, scenario.Rules, scenario.Officer);
        Assert.Equal(Money.FromEuros(190_000), scenario.Envelope.Committed);
        grant.Adjust(Money.FromEuros(195_000), "Plus", scenario.Envelope, scenario.Rules, scenario.Officer);
        Assert.Equal(Money.FromEuros(195_000), scenario.Envelope.Committed);
        Assert.Equal(Money.FromEuros(195_000), scenario.Envelope.Ledger(Phase.Experimentation).Committed);
    }

    [Fact]
    public void An_increase_that_crosses_a_threshold_reports_it_after_the_adjustment()
    {
        var scenario = Scenario.CartesBlanches(totalEuros: 250_000);
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(190_000));

        var events = grant.Adjust(Money.FromEuros(200_000), "Plus", scenario.Envelope, scenario.Rules, scenario.Officer);

        Assert.IsType<GrantAdjusted>(events[0]);
        var reached = Assert.IsType<EnvelopeThresholdReached>(Assert.Single(events.Skip(1)));
        Assert.Equal((80, Money.FromEuros(200_000)), (reached.Percent, reached.Committed));
    }

    [Fact]
    public void A_cancelled_grant_cannot_be_adjusted()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);
        grant.Cancel("Désistement", scenario.Envelope, scenario.Officer);

        var error = Refused(scenario, grant, Money.FromEuros(20_000));

        Assert.Equal(("GRANT_STATE", "grant"), (Assert.Single(error.Violations).Type, error.Violations[0].Subject));
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation);

        var error = Assert.Throws<RequestValidationException>(() => grant.Cancel(" ", scenario.Envelope, scenario.Officer));

        Assert.Equal("reason", Assert.Single(error.Violations).Field);
        Assert.True(grant.IsCommitted);
    }
}
