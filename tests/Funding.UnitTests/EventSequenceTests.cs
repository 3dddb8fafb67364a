using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class EventSequenceTests
{
    [Fact]
    public void Every_change_of_a_programme_is_numbered_without_gaps_even_around_refusals()
    {
        var scenario = Scenario.CartesBlanches(totalEuros: 600_000);
        List<FundingEvent> events = [];
        var first = Propose(scenario, Money.FromEuros(250_000), events);
        events.AddRange(scenario.Commit(first));
        var second = Propose(scenario, Money.FromEuros(400_000), events);
        Assert.Throws<PreconditionFailedException>(() => scenario.Commit(second));
        Assert.Throws<RequestValidationException>(() => second.Adjust(Money.Zero, "Zéro", scenario.Envelope, scenario.Rules, scenario.Officer));
        events.AddRange(second.Adjust(Money.FromEuros(250_000), "Ramené au plafond", scenario.Envelope, scenario.Rules, scenario.Officer));
        events.AddRange(scenario.Commit(second));
        events.AddRange(first.OnMilestoneValidated("prototype", scenario.Envelope, scenario.Officer));
        events.AddRange(first.OnMilestoneValidated("prototype", scenario.Envelope, scenario.Officer));
        var ledger = ExpenseLedger.Open(first);
        events.Add(ledger.Declare(first, ExpenseTests.Declaration(ExpenseCategory.Facilitation, 1_000_00), scenario.Laureate));
        events.Add(ledger.Declare(first, ExpenseTests.Declaration(ExpenseCategory.Travel, 1_000_00), scenario.Laureate));
        events.AddRange(second.Cancel("Retrait", scenario.Envelope, scenario.Officer));

        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Header.Sequence));
        Assert.Equal(events.Count, scenario.Counter.LastSequence);
        Assert.All(events, e => Assert.Equal(scenario.ProgrammeId, e.Header.ProgrammeId));
        Assert.Equal(
            ["GrantProposed", "GrantCommitted", "TrancheReleased", "GrantProposed", "GrantAdjusted", "GrantCommitted", "EnvelopeThresholdReached",
             "TrancheReleased", "TrancheReleased", "ExpenseAccepted", "ExpenseRejected", "GrantCancelled"],
            events.Select(e => e.GetType().Name));
    }

    private static Grant Propose(Scenario scenario, Money amount, List<FundingEvent> events)
    {
        var (grant, proposed) = Grant.Propose(new LaureateSelection(scenario.ProgrammeId, Guid.CreateVersion7(), Phase.Experimentation, amount),
            Money.Zero, Collectivity.Single, scenario.Rules, scenario.Officer);
        events.Add(proposed);
        return grant;
    }

    [Fact]
    public void The_counter_continues_from_what_persistence_stored()
    {
        var programmeId = Guid.CreateVersion7();
        var scenario = Scenario.CartesBlanches();
        var counter = new ProgrammeEventCounter(scenario.ProgrammeId, lastSequence: 41);
        var change = new ChangeContext("finance-officer", Scenario.Now, counter);

        var (_, proposed) = Grant.Propose(new LaureateSelection(scenario.ProgrammeId, Guid.CreateVersion7(), Phase.Incubation),
            Money.Zero, Collectivity.Single, scenario.Rules, change);

        Assert.Equal(42, proposed.Header.Sequence);
        Assert.Equal(("finance-officer", Scenario.Now), (proposed.Header.Actor, proposed.Header.OccurredAt));
        Assert.Equal(7, proposed.Header.EventId.Version);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProgrammeEventCounter(programmeId, -1));
    }

    [Fact]
    public void Another_programmes_counter_is_a_programming_error_not_a_number()
    {
        var scenario = Scenario.CartesBlanches();
        var grant = scenario.Propose(Phase.Incubation);
        var foreign = new ChangeContext("finance-officer", Scenario.Now, new ProgrammeEventCounter(Guid.CreateVersion7()));
        Assert.Throws<InvalidOperationException>(() => grant.Cancel("Retrait", scenario.Envelope, foreign));
        Assert.Equal((1, GrantStatus.Proposed), (scenario.Counter.LastSequence, grant.Status));
    }
}
