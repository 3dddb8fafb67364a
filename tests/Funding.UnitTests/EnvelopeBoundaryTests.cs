using Defis.Funding.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

/// <summary>Every money limit of an envelope, at the limit and one cent either side.</summary>
public sealed class EnvelopeBoundaryTests
{
    private static readonly Guid Programme = Guid.CreateVersion7();

    private static Dictionary<Phase, Money> Allocations(long incubation, long experimentation) =>
        new() { [Phase.Incubation] = new(incubation), [Phase.Experimentation] = new(experimentation) };

    [Fact]
    public void Allocations_may_add_up_to_exactly_the_total()
    {
        var envelope = Envelope.Open(Programme, new Money(1_000_000), Allocations(400_000, 600_000));

        Assert.Equal(new Money(400_000), envelope.Ledger(Phase.Incubation).Allocation);
        Assert.Equal(new Money(600_000), envelope.RoomFor(Phase.Experimentation));
        Assert.Null(envelope.Ledger(Phase.Exploration).Allocation);
    }

    [Fact]
    public void Allocations_one_cent_over_the_total_are_refused_naming_the_total()
    {
        var error = Assert.Throws<RequestValidationException>(() => Envelope.Open(Programme, new Money(1_000_000), Allocations(400_000, 600_001)));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("allocations", violation.Field);
        Assert.Contains(new Money(1_000_000).ToFrench(), violation.Description);
    }

    [Fact]
    public void A_zero_allocation_is_named_by_its_phase()
    {
        var error = Assert.Throws<RequestValidationException>(() => Envelope.Open(Programme, new Money(1_000_000), Allocations(0, 600_000)));

        Assert.Equal("allocations[Incubation]", Assert.Single(error.Violations).Field);
    }

    [Fact]
    public void The_last_cent_of_the_envelope_can_be_committed_but_not_one_more()
    {
        var envelope = Envelope.Open(Programme, new Money(1_000_000));
        envelope.Commit(Phase.Incubation, new Money(600_000));

        var over = envelope.CheckRoom(Phase.Experimentation, new Money(400_001));

        Assert.Equal(("ENVELOPE", "envelope"), (over!.Type, over.Subject));
        Assert.Contains(new Money(400_000).ToFrench(), over.Description);
        Assert.Null(envelope.CheckRoom(Phase.Experimentation, new Money(400_000)));
        envelope.Commit(Phase.Experimentation, new Money(400_000));
        Assert.Equal(Money.Zero, envelope.Remaining);
    }

    [Fact]
    public void The_last_cent_of_a_phase_allocation_can_be_committed_but_not_one_more()
    {
        var envelope = Envelope.Open(Programme, new Money(1_000_000), new Dictionary<Phase, Money> { [Phase.Incubation] = new(300_000) });
        envelope.Commit(Phase.Incubation, new Money(100_000));

        var over = envelope.CheckRoom(Phase.Incubation, new Money(200_001));

        Assert.Equal(("PHASE_ALLOCATION", "allocations[Incubation]"), (over!.Type, over.Subject));
        Assert.Contains($"plus que {new Money(200_000).ToFrench()}", over.Description);
        Assert.Null(envelope.CheckRoom(Phase.Incubation, new Money(200_000)));
        Assert.Equal(new Money(200_000), envelope.RoomFor(Phase.Incubation));
    }

    [Fact]
    public void Releasing_gives_back_at_most_what_is_committed_and_not_paid()
    {
        var envelope = Envelope.Open(Programme, new Money(1_000_000));
        envelope.Commit(Phase.Incubation, new Money(500_000));
        envelope.Disburse(Phase.Incubation, new Money(200_000));

        Assert.Throws<InvalidOperationException>(() => envelope.Release(Phase.Incubation, new Money(300_001)));
        envelope.Release(Phase.Incubation, new Money(300_000));

        Assert.Equal(new Money(200_000), envelope.Ledger(Phase.Incubation).Committed);
        Assert.Equal(new Money(200_000), envelope.Committed);
        Assert.Equal(new Money(800_000), envelope.Remaining);
    }

    [Fact]
    public void Paying_out_is_limited_to_what_is_committed_and_not_yet_paid()
    {
        var envelope = Envelope.Open(Programme, new Money(1_000_000));
        envelope.Commit(Phase.Incubation, new Money(500_000));
        envelope.Disburse(Phase.Incubation, new Money(200_000));

        Assert.Throws<InvalidOperationException>(() => envelope.Disburse(Phase.Incubation, new Money(300_001)));
        envelope.Disburse(Phase.Incubation, new Money(300_000));

        Assert.Equal(new Money(500_000), envelope.Disbursed);
    }

    [Fact]
    public void Negative_movements_are_programming_errors()
    {
        var envelope = Envelope.Open(Programme, new Money(1_000_000));
        envelope.Commit(Phase.Incubation, new Money(500_000));

        Assert.Throws<ArgumentOutOfRangeException>(() => envelope.Commit(Phase.Incubation, new Money(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => envelope.Release(Phase.Incubation, new Money(-1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => envelope.Disburse(Phase.Incubation, new Money(-1)));
        Assert.Equal((new Money(500_000), Money.Zero), (envelope.Committed, envelope.Disbursed));
    }

    [Fact]
    public void An_unknown_phase_has_no_ledger()
    {
        var envelope = Envelope.Open(Programme, new Money(1_000_000));

        Assert.Throws<ArgumentOutOfRangeException>(() => envelope.Ledger((Phase)99));
    }

    [Fact]
    public void The_80_percent_threshold_is_reached_at_exactly_80_percent_not_one_cent_before()
    {
        var envelope = Envelope.Open(Programme, new Money(1_000_000));

        Assert.Empty(envelope.Commit(Phase.Incubation, new Money(799_999)));
        Assert.Equal([80], envelope.Commit(Phase.Incubation, new Money(1)));
        Assert.Empty(envelope.Commit(Phase.Incubation, new Money(149_999)));
        Assert.Equal([95], envelope.Commit(Phase.Incubation, new Money(1)));
    }
}
