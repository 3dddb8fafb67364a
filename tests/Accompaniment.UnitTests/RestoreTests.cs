using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Domain.Sessions;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

/// <summary>What persistence saves is enough to carry on after a restart: the rows, not the objects.</summary>
public sealed class RestoreTests
{
    private static readonly DateTimeOffset Before = new(2018, 10, 1, 10, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void A_restored_session_keeps_its_waiting_order_and_numbering()
    {
        var session = Sessions.ScheduledWorkshop(capacity: 1);
        foreach (var u in new[] { "ana", "bruno", "chloe" })
        {
            session.Register(Sessions.Person(u), Sessions.ByCandidate(u, Before));
        }
        // Rows come back from the database in no particular order.
        var restored = Session.Restore(session.ToRecord(), session.RegistrationRecords().Reverse());

        restored.Register(Sessions.Person("driss"), Sessions.ByCandidate("driss", Before));
        var events = restored.Cancel("ana", Sessions.ByCandidate("ana", Before));

        Assert.Equal("bruno", Assert.IsType<RegistrationPromoted>(events[1]).UserId);
        Assert.Equal(["chloe", "driss"], restored.WaitingList.Select(r => r.Registrant.UserId));
        Assert.Equal(4, restored.LastArrival);
        Assert.Equal(session.ToRecord() with { LastArrival = 4 }, restored.ToRecord());
    }

    [Fact]
    public void A_restored_session_refuses_a_counter_behind_its_rows()
    {
        var session = Sessions.ScheduledWorkshop();
        session.Register(Sessions.Person("ana"), Sessions.ByCandidate("ana", Before));
        Assert.Throws<InvalidOperationException>(() => Session.Restore(session.ToRecord() with { LastArrival = 0 }, session.RegistrationRecords()));
    }

    [Fact]
    public void A_restored_plan_carries_on_with_the_same_coach_milestones_and_check_ins()
    {
        var plan = Incubation();
        var at = new DateTimeOffset(2019, 3, 8, 10, 0, 0, TimeSpan.FromHours(1));
        plan.SubmitEvidence(plan.Milestones[0].Id, "Compte rendu", null, AsTeam(at));
        plan.RecordCheckIn("Lancement fait", null, null, AsTeam(at));

        var restored = SupportPlan.Restore(plan.ToRecord(), plan.Milestones.Select(m => m.ToRecord()).Reverse(), plan.CheckIns);
        var validated = restored.ValidateMilestone(restored.Milestones[0].Id, AsCoach(restored, at.AddDays(1)));

        Assert.Equal(plan.Milestones.Select(m => m.Id), restored.Milestones.Select(m => m.Id));
        Assert.Equal(MilestoneStatus.Validated, restored.Milestones[0].Status);
        Assert.Equal(plan.Milestones[0].Title, validated.Title);
        Assert.Equal(plan.CheckIns, restored.CheckIns);
        Assert.Equal(plan.ToRecord().CoachIds, restored.ToRecord().CoachIds);
    }

    [Fact]
    public void Rows_of_another_plan_are_refused()
    {
        var plan = Incubation();
        var other = Incubation();
        Assert.Throws<InvalidOperationException>(() =>
            SupportPlan.Restore(plan.ToRecord(), other.Milestones.Select(m => m.ToRecord()), []));
    }
}
