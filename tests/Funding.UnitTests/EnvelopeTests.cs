using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class EnvelopeTests
{
    [Fact]
    public void Commitments_never_exceed_the_envelope()
    {
        var scenario = Scenario.CartesBlanches(totalEuros: 500_000);
        scenario.Committed(Phase.Experimentation, Money.FromEuros(250_000));
        scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000));
        var third = scenario.Propose(Phase.Experimentation, Money.FromEuros(150_000));

        var error = Assert.Throws<PreconditionFailedException>(() => scenario.Commit(third));

        Assert.Equal("ENVELOPE", Assert.Single(error.Violations).Type);
        Assert.Contains("50\u202F000,00\u00A0€", error.Message);
        Assert.Equal(Money.FromEuros(450_000), scenario.Envelope.Committed);
        Assert.Equal(GrantStatus.Proposed, third.Status);
    }

    [Fact]
    public void A_phase_allocation_binds_before_the_envelope()
    {
        var scenario = Scenario.CartesBlanches(allocations: new Dictionary<Phase, Money> { [Phase.Incubation] = Money.FromEuros(40_000) });
        scenario.Committed(Phase.Incubation, Money.FromEuros(25_000));
        var second = scenario.Propose(Phase.Incubation, Money.FromEuros(20_000));

        var error = Assert.Throws<PreconditionFailedException>(() => scenario.Commit(second));

        Assert.Equal("PHASE_ALLOCATION", Assert.Single(error.Violations).Type);
        Assert.Equal(Money.FromEuros(15_000), scenario.Envelope.RoomFor(Phase.Incubation));
        Assert.Equal(Money.FromEuros(1_475_000), scenario.Envelope.RoomFor(Phase.Experimentation));
    }

    [Fact]
    public void Consumption_shows_committed_disbursed_and_remaining_per_phase()
    {
        var scenario = Scenario.CartesBlanches(allocations: new Dictionary<Phase, Money> { [Phase.Incubation] = Money.FromEuros(600_000) });
        scenario.Committed(Phase.Incubation, new Money(2_499_999));
        scenario.Committed(Phase.Experimentation, Money.FromEuros(200_000), TrancheTerm.AllAtCommitment);

        var view = scenario.Envelope.Consumption();

        Assert.Equal(new Money(22_499_999), view.Committed);
        Assert.Equal(new Money(1_249_999 + 20_000_000), view.Disbursed);
        Assert.Equal(Money.FromEuros(1_500_000) - new Money(22_499_999), view.Remaining);
        var incubation = view.Phases.Single(p => p.Phase == Phase.Incubation);
        Assert.Equal((Money.FromEuros(600_000), new Money(2_499_999), new Money(1_249_999), Money.FromEuros(600_000) - new Money(2_499_999)),
            (incubation.Allocation!.Value, incubation.Committed, incubation.Disbursed, incubation.Remaining));
        var experimentation = view.Phases.Single(p => p.Phase == Phase.Experimentation);
        Assert.Null(experimentation.Allocation);
        Assert.Equal(view.Remaining, experimentation.Remaining);
    }

    [Fact]
    public void Thresholds_of_80_and_95_percent_are_reported_once_each()
    {
        var scenario = Scenario.CartesBlanches(totalEuros: 1_000_000);
        List<FundingEvent> events = [];
        foreach (var amount in new[] { 250_000, 250_000, 250_000, 150_000 })
        {
            var grant = scenario.Propose(Phase.Experimentation, Money.FromEuros(amount));
            events.AddRange(scenario.Commit(grant));
        }
        var first = events.OfType<EnvelopeThresholdReached>().Single();
        Assert.Equal((80, Money.FromEuros(900_000)), (first.Percent, first.Committed));

        scenario.Committed(Phase.Incubation, Money.FromEuros(25_000));
        var crossing = scenario.Propose(Phase.Incubation, Money.FromEuros(25_000));
        var reached = scenario.Commit(crossing).OfType<EnvelopeThresholdReached>().Single();
        Assert.Equal((95, Money.FromEuros(950_000)), (reached.Percent, reached.Committed));

        crossing.Cancel("Erreur de saisie", scenario.Envelope, scenario.Officer);
        var again = scenario.Commit(scenario.Propose(Phase.Incubation, Money.FromEuros(25_000)));

        // 950 k€ → 937.5 k€ after cancellation (half was paid) → 962.5 k€: 95 % was announced the first time only.
        Assert.Empty(again.OfType<EnvelopeThresholdReached>());
        Assert.Equal(95, scenario.Envelope.HighestThresholdReported);
    }

    [Fact]
    public void One_commitment_crossing_both_thresholds_reports_both_in_order()
    {
        var scenario = Scenario.CartesBlanches(totalEuros: 250_000);
        var events = scenario.Commit(scenario.Propose(Phase.Experimentation, Money.FromEuros(240_000)));
        Assert.Equal([80, 95], events.OfType<EnvelopeThresholdReached>().Select(e => e.Percent));
    }

    [Fact]
    public void Hot_envelope_commits_exactly_up_to_its_total_and_no_further()
    {
        var envelope = Envelope.Open(Guid.CreateVersion7(), new Money(1_000_003));
        var accepted = 0;
        for (var i = 0; i < 2_000; i++)
        {
            if (envelope.CheckRoom(Phase.Incubation, new Money(1_000)) is null)
            {
                envelope.Commit(Phase.Incubation, new Money(1_000));
                accepted++;
            }
        }
        Assert.Equal(1_000, accepted);
        Assert.Equal(new Money(3), envelope.Remaining);
        Assert.Throws<PreconditionFailedException>(() => envelope.Commit(Phase.Incubation, new Money(4)));
    }

    public static TheoryData<long, string, string> BadEnvelopes => new()
    {
        { 0, "total", "supérieur à zéro" },
        { -1, "total", "négatif" },
    };

    [Theory]
    [MemberData(nameof(BadEnvelopes))]
    public void Bad_totals_are_named(long total, string field, string reason)
    {
        var error = Assert.Throws<RequestValidationException>(() => Envelope.Open(Guid.CreateVersion7(), new Money(total)));
        var violation = Assert.Single(error.Violations);
        Assert.Equal(field, violation.Field);
        Assert.Contains(reason, violation.Description);
    }

    [Fact]
    public void Allocations_beyond_the_total_are_refused_even_when_their_sum_would_overflow()
    {
        var huge = new Dictionary<Phase, Money> { [Phase.Incubation] = new(long.MaxValue), [Phase.Experimentation] = new(long.MaxValue) };
        var error = Assert.Throws<RequestValidationException>(() => Envelope.Open(Guid.CreateVersion7(), new Money(long.MaxValue), huge));
        Assert.Equal("allocations", Assert.Single(error.Violations).Field);
    }
}
