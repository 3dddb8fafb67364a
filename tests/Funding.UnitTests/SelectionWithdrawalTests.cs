using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class SelectionWithdrawalTests
{
    private static readonly IReadOnlyList<TrancheTerm> HalfNowHalfAtPrototype = TrancheTerm.HalfNowHalfAt("prototype");

    [Fact]
    public void A_proposal_whose_selection_is_taken_back_is_cancelled_once_and_frees_nothing()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Incubation);

        var withdrawn = grant.WithdrawSelection(scenario.Envelope, scenario.Officer);
        var again = grant.WithdrawSelection(scenario.Envelope, scenario.Officer);

        var cancelled = Assert.IsType<GrantCancelled>(Assert.Single(withdrawn));
        Assert.Equal((Money.Zero, Grant.SelectionWithdrawnReason), (cancelled.ReleasedRoom, cancelled.Reason));
        Assert.Equal(GrantStatus.Cancelled, grant.Status);
        Assert.False(grant.SelectionWithdrawn);
        Assert.Empty(again);
        Assert.Equal(Money.Zero, scenario.Envelope.Committed);
    }

    [Fact]
    public void A_committed_grant_is_flagged_not_cancelled_and_pays_nothing_more_until_the_selection_returns()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000), HalfNowHalfAtPrototype);
        var committed = scenario.Envelope.Committed;

        Assert.Empty(grant.WithdrawSelection(scenario.Envelope, scenario.Officer));
        var byMilestone = grant.OnMilestoneValidated("prototype", scenario.Envelope, scenario.Officer);
        var byHand = Assert.Throws<PreconditionFailedException>(() => grant.ReleaseTranche(2, scenario.Envelope, scenario.Officer));

        Assert.True(grant.SelectionWithdrawn);
        Assert.Equal(GrantStatus.Committed, grant.Status);
        Assert.Empty(byMilestone);
        Assert.Equal("SELECTION_WITHDRAWN", Assert.Single(byHand.Violations).Type);
        Assert.Equal(Money.FromEuros(100_000), grant.Released);
        Assert.Equal(committed, scenario.Envelope.Committed);

        grant.RestoreSelection();
        var paid = grant.OnMilestoneValidated("prototype", scenario.Envelope, scenario.Officer);

        Assert.False(grant.SelectionWithdrawn);
        Assert.Equal(Money.FromEuros(100_000), Assert.IsType<TrancheReleased>(Assert.Single(paid)).Amount);
    }

    [Fact]
    public void A_cancelled_grant_stays_cancelled_when_its_selection_is_taken_back()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Incubation, Money.FromEuros(20_000));
        grant.Cancel("Abandon du projet", scenario.Envelope, scenario.Officer);

        Assert.Empty(grant.WithdrawSelection(scenario.Envelope, scenario.Officer));
        Assert.False(grant.SelectionWithdrawn);
        Assert.Equal(GrantStatus.Cancelled, grant.Status);
    }

    [Fact]
    public void An_adjusted_grant_counts_as_committed_and_is_flagged()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000), HalfNowHalfAtPrototype);
        grant.Adjust(Money.FromEuros(210_000), "Avenant", scenario.Envelope, scenario.Rules, scenario.Officer);

        Assert.Empty(grant.WithdrawSelection(scenario.Envelope, scenario.Officer));
        Assert.Equal((GrantStatus.Adjusted, true), (grant.Status, grant.SelectionWithdrawn));
    }
}
