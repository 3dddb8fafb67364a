using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

public sealed class SupportPlanTests
{
    [Fact]
    public void A_selected_dossier_gets_the_least_loaded_coach_and_the_incubation_template()
    {
        var laureate = Laureate();
        var (plan, events) = SupportPlan.Open(laureate, IncubationStart, Team, PhaseTemplate.DefaultFor(Phase.Incubation), By(Staff, SelectedAt));

        Assert.Equal(["coach-d"], plan.CoachIds);
        Assert.Equal(new DateOnly(2019, 6, 4), plan.End);
        Assert.Equal(
            [
                ("Réunion de lancement tenue", new DateOnly(2019, 3, 11)),
                ("Enquête auprès des usagers achevée", new DateOnly(2019, 4, 8)),
                ("Prototype mis à l'épreuve des usagers", new DateOnly(2019, 5, 13)),
                ("Bilan final remis", new DateOnly(2019, 5, 27)),
            ],
            plan.Milestones.Select(m => (m.Title, m.Due)));
        Assert.All(plan.Milestones, m => Assert.Equal(MilestoneStatus.Planned, m.Status));
        var opened = Assert.IsType<SupportPlanOpened>(Assert.Single(events));
        Assert.Equal((plan.Id, laureate.DossierId, Phase.Incubation), (opened.PlanId, opened.DossierId, opened.Phase));
    }

    [Fact]
    public void Ties_between_coaches_break_on_their_id_whatever_the_order_of_the_team()
    {
        IReadOnlyList<CoachLoad> shuffled = [.. Team.Reverse()];
        var first = SupportPlan.Open(Laureate(), IncubationStart, Team, PhaseTemplate.DefaultFor(Phase.Incubation), By(Staff, SelectedAt), coaches: 2).Plan;
        var second = SupportPlan.Open(Laureate(), IncubationStart, shuffled, PhaseTemplate.DefaultFor(Phase.Incubation), By(Staff, SelectedAt), coaches: 2).Plan;

        Assert.Equal(["coach-d", "coach-a"], first.CoachIds);
        Assert.Equal(first.CoachIds, second.CoachIds);
    }

    [Fact]
    public void Every_phase_template_fits_inside_its_shortest_possible_duration()
    {
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var template = PhaseTemplate.DefaultFor(phase);
            // The shortest run of N months starts on 1 February (N = 1…) or at worst loses 3 days.
            var shortest = template.EndFrom(new DateOnly(2019, 2, 1)).DayNumber - new DateOnly(2019, 2, 1).DayNumber;
            Assert.NotEmpty(template.Milestones);
            Assert.All(template.Milestones, m => Assert.InRange(m.OffsetDays, 0, shortest));
        }
    }

    [Fact]
    public void A_plan_cannot_open_without_a_team_member_or_enough_coaches()
    {
        var noMember = Laureate() with { MemberIds = new HashSet<string>() };
        var invalid = Assert.Throws<RequestValidationException>(() =>
            SupportPlan.Open(noMember, IncubationStart, Team, PhaseTemplate.DefaultFor(Phase.Incubation), By(Staff, SelectedAt), coaches: 0));
        Assert.Equal(["laureate.member_ids", "coaches"], invalid.Violations.Select(v => v.Field));

        var tooFew = Assert.Throws<PreconditionFailedException>(() =>
            SupportPlan.Open(Laureate(), IncubationStart, [new("coach-a", 0)], PhaseTemplate.DefaultFor(Phase.Incubation), By(Staff, SelectedAt), coaches: 2));
        Assert.Equal("COACHES", Assert.Single(tooFew.Violations).Type);
    }

    [Fact]
    public void Staff_reassign_to_the_least_loaded_other_coach()
    {
        var plan = Incubation();
        var moved = plan.ReassignCoach("coach-d", Team, By(Staff, SelectedAt));

        Assert.Equal(("coach-d", "coach-a"), (moved.FromCoachId, moved.ToCoachId));
        Assert.Equal(["coach-a"], plan.CoachIds);
        Assert.True(plan.IsCoach("coach-a"));
        Assert.False(plan.IsCoach("coach-d"));
    }

    [Fact]
    public void Reassignment_is_for_staff_and_names_a_coach_of_the_plan()
    {
        var plan = Incubation();
        Assert.Throws<PermissionDeniedException>(() => plan.ReassignCoach("coach-d", "coach-a", AsCoach(plan, SelectedAt)));
        Assert.Throws<NotFoundException>(() => plan.ReassignCoach("coach-z", "coach-a", By(Staff, SelectedAt)));
        plan.AddCoach(Team, By(Staff, SelectedAt));
        var twice = Assert.Throws<ConflictException>(() => plan.ReassignCoach("coach-d", "coach-a", By(Staff, SelectedAt)));
        Assert.True(twice.AlreadyExists);
        Assert.Equal(["coach-d", "coach-a"], plan.CoachIds);
    }

    [Fact]
    public void The_coach_adds_reschedules_and_waives_milestones()
    {
        var plan = Incubation();
        var coach = AsCoach(plan, SelectedAt);
        var added = plan.AddMilestone("  Atelier avec les usagers  ", new DateOnly(2019, 4, 20), coach);
        var rescheduled = plan.RescheduleMilestone(added.MilestoneId, new DateOnly(2019, 4, 25), coach);
        var report = plan.Milestones.Single(m => m.Title == "Bilan final remis");
        var waived = plan.WaiveMilestone(report.Id, "Remplacé par la soutenance devant le jury", coach);

        var workshop = plan.Milestones.Single(m => m.Id == added.MilestoneId);
        Assert.Equal(("Atelier avec les usagers", new DateOnly(2019, 4, 25)), (workshop.Title, workshop.Due));
        Assert.Equal((new DateOnly(2019, 4, 20), new DateOnly(2019, 4, 25)), (rescheduled.PreviousDue, rescheduled.NewDue));
        Assert.Equal((MilestoneStatus.Waived, "Remplacé par la soutenance devant le jury"), (report.Status, report.Note));
        Assert.Equal(report.Id, waived.MilestoneId);
    }

    [Fact]
    public void A_milestone_with_an_empty_title_and_a_date_before_the_plan_is_refused_on_both_fields()
    {
        var plan = Incubation();
        var refused = Assert.Throws<RequestValidationException>(() => plan.AddMilestone(" ", new DateOnly(2019, 3, 3), AsCoach(plan, SelectedAt)));

        Assert.Equal(["title", "due"], refused.Violations.Select(v => v.Field));
        Assert.Equal("L'échéance (3 mars 2019) précède le début de l'accompagnement (4 mars 2019).", refused.Violations[1].Description);
        var first = plan.Milestones[0];
        var reschedule = Assert.Throws<RequestValidationException>(() => plan.RescheduleMilestone(first.Id, new DateOnly(2019, 1, 1), AsCoach(plan, SelectedAt)));
        Assert.Equal("due", Assert.Single(reschedule.Violations).Field);
        Assert.Equal(new DateOnly(2019, 3, 11), first.Due);
    }

    [Fact]
    public void Only_a_coach_of_the_plan_edits_its_milestones()
    {
        var plan = Incubation();
        var milestone = plan.Milestones[0].Id;
        var other = By(Coach("coach-a"), SelectedAt);

        Assert.Throws<PermissionDeniedException>(() => plan.AddMilestone("Jalon", IncubationStart, other));
        Assert.Throws<PermissionDeniedException>(() => plan.RescheduleMilestone(milestone, IncubationStart, AsTeam(SelectedAt)));
        var denied = Assert.Throws<PermissionDeniedException>(() => plan.WaiveMilestone(milestone, "raison", By(Staff, SelectedAt)));
        Assert.Equal("Seul un coach de ce plan d'accompagnement peut dispenser l'équipe d'un jalon.", denied.Message);
        Assert.Equal(4, plan.Milestones.Count);
    }

    [Fact]
    public void Waiving_needs_a_reason_and_an_open_milestone()
    {
        var plan = Incubation();
        var coach = AsCoach(plan, SelectedAt);
        var milestone = plan.Milestones[0].Id;

        Assert.Equal("reason", Assert.Single(Assert.Throws<RequestValidationException>(() => plan.WaiveMilestone(milestone, "", coach)).Violations).Field);
        plan.WaiveMilestone(milestone, "Sans objet", coach);
        var again = Assert.Throws<PreconditionFailedException>(() => plan.WaiveMilestone(milestone, "Encore", coach));
        Assert.Equal("Ce jalon est dispensé : il ne peut plus être dispensé.", again.Message);
        Assert.Throws<PreconditionFailedException>(() => plan.RescheduleMilestone(milestone, new DateOnly(2019, 5, 1), coach));
        Assert.Throws<NotFoundException>(() => plan.WaiveMilestone(Guid.CreateVersion7(), "Sans objet", coach));
    }
}
