using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

/// <summary>A plan whose selection the jury takes back is closed: kept, readable, frozen; selected again, it resumes.</summary>
public sealed class PlanClosureTests
{
    private static readonly DateTimeOffset TakenBackAt = SelectedAt.AddDays(20);

    private static readonly Change Jury = By(new("president-jury", AccompanimentRoles.None), TakenBackAt);

    [Fact]
    public void Closing_keeps_the_plan_as_it_stood_with_the_french_reason_and_announces_it_once()
    {
        var plan = Incubation();

        var closed = plan.Close(SelectionFollowUp.SelectionWithdrawn, Jury);
        var again = plan.Close("une autre raison", Jury with { Now = TakenBackAt.AddDays(1) });

        var e = Assert.IsType<SupportPlanClosed>(closed);
        Assert.Equal((plan.Id, plan.DossierId, Phase.Incubation, SelectionFollowUp.SelectionWithdrawn), (e.PlanId, e.DossierId, e.Phase, e.Reason));
        Assert.Null(again);
        Assert.True(plan.IsClosed);
        Assert.Equal((TakenBackAt, SelectionFollowUp.SelectionWithdrawn), (plan.ClosedAt, plan.ClosureReason));
        Assert.Equal(4, plan.Milestones.Count);
    }

    [Fact]
    public void A_closure_needs_a_reason()
    {
        Assert.Throws<RequestValidationException>(() => Incubation().Close(" ", Jury));
    }

    public static TheoryData<string> Changes => ["add", "reschedule", "waive", "start", "evidence", "validate", "return", "check-in", "reassign", "reassign-any", "add-coach"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_closed_plan_refuses_every_change_in_french_and_changes_nothing(string change)
    {
        var plan = Incubation();
        var milestone = plan.Milestones[0].Id;
        var now = TakenBackAt.AddDays(1);
        plan.Close(SelectionFollowUp.SelectionWithdrawn, Jury);
        var before = (plan.Milestones.Select(m => (m.Status, m.Due)).ToList(), plan.CoachIds.ToList(), plan.CheckIns.Count);

        var refused = Assert.Throws<PreconditionFailedException>(() => Act(plan, change, milestone, now));

        Assert.Equal("PLAN_CLOSED", Assert.Single(refused.Violations).Type);
        Assert.Equal("Ce plan d'accompagnement est clos depuis le 12 mars 2019 "
            + $"({SelectionFollowUp.SelectionWithdrawn}) : il ne peut plus être modifié.", refused.Message);
        Assert.Equal(before.Item1, plan.Milestones.Select(m => (m.Status, m.Due)));
        Assert.Equal(before.Item2, plan.CoachIds);
        Assert.Equal(before.Item3, plan.CheckIns.Count);
    }

    [Fact]
    public void A_stranger_still_learns_only_that_they_may_not_act()
    {
        var plan = Incubation();
        plan.Close(SelectionFollowUp.SelectionWithdrawn, Jury);

        Assert.Throws<PermissionDeniedException>(() => plan.AddMilestone("Jalon", IncubationStart, By(Coach("coach-z"), TakenBackAt)));
    }

    [Fact]
    public void Reopening_resumes_the_plan_and_a_running_plan_is_not_reopened()
    {
        var plan = Incubation();
        Assert.Null(plan.Reopen(Jury));
        plan.Close(SelectionFollowUp.SelectionWithdrawn, Jury);

        var reopened = Assert.IsType<SupportPlanReopened>(plan.Reopen(Jury with { Now = TakenBackAt.AddDays(2) }));
        plan.StartMilestone(plan.Milestones[0].Id, AsTeam(TakenBackAt.AddDays(3)));

        Assert.Equal(plan.Id, reopened.PlanId);
        Assert.False(plan.IsClosed);
        Assert.Equal((null, null), (plan.ClosedAt, plan.ClosureReason));
    }

    [Fact]
    public void A_closed_plan_is_restored_closed()
    {
        var plan = Incubation();
        plan.Close(SelectionFollowUp.SelectionWithdrawn, Jury);

        var restored = SupportPlan.Restore(plan.ToRecord(), plan.Milestones.Select(m => m.ToRecord()), plan.CheckIns);

        Assert.Equal((TakenBackAt, SelectionFollowUp.SelectionWithdrawn), (restored.ClosedAt, restored.ClosureReason));
        Assert.Throws<PreconditionFailedException>(() => restored.StartMilestone(restored.Milestones[0].Id, AsTeam(TakenBackAt)));
    }

    public static TheoryData<bool, string, bool, bool, PlanStep> Steps => new()
    {
        { false, "none", true, true, PlanStep.Nothing },
        { false, "running", true, true, PlanStep.Close },
        { false, "closed", true, true, PlanStep.Nothing },
        { true, "closed", true, true, PlanStep.Reopen },
        { true, "running", true, true, PlanStep.Nothing },
        { true, "running", false, false, PlanStep.Nothing },
        { true, "none", true, true, PlanStep.Open },
        { true, "none", false, true, PlanStep.WaitForDossier },
        { true, "none", false, false, PlanStep.WaitForDossier },
        { true, "none", true, false, PlanStep.WaitForCoachPool },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void The_newest_verdict_decides_what_happens_to_the_plan(bool selected, string plan, bool dossierKnown, bool poolHasCoaches, PlanStep expected)
    {
        var existing = plan switch
        {
            "none" => null,
            "running" => Incubation(),
            _ => Closed(),
        };

        Assert.Equal(expected, SelectionFollowUp.Next(selected, existing, dossierKnown, poolHasCoaches));
    }

    private static SupportPlan Closed()
    {
        var plan = Incubation();
        plan.Close(SelectionFollowUp.SelectionWithdrawn, Jury);
        return plan;
    }

    private static void Act(SupportPlan plan, string change, Guid milestone, DateTimeOffset now)
    {
        var coach = AsCoach(plan, now);
        _ = change switch
        {
            "add" => (object)plan.AddMilestone("Atelier de restitution", IncubationStart.AddDays(30), coach),
            "reschedule" => plan.RescheduleMilestone(milestone, IncubationStart.AddDays(30), coach),
            "waive" => plan.WaiveMilestone(milestone, "Plus utile", coach),
            "start" => plan.StartMilestone(milestone, AsTeam(now)),
            "evidence" => plan.SubmitEvidence(milestone, "Compte rendu", null, AsTeam(now)),
            "validate" => plan.ValidateMilestone(milestone, coach),
            "return" => plan.ReturnMilestone(milestone, "Incomplet", coach),
            "check-in" => plan.RecordCheckIn("Tout avance", null, null, AsTeam(now)),
            "reassign" => plan.ReassignCoach(plan.CoachIds[0], "coach-z", By(Staff, now)),
            "reassign-any" => plan.ReassignCoach(plan.CoachIds[0], Team, By(Staff, now)),
            _ => plan.AddCoach(Team, By(Staff, now)),
        };
    }
}
