using Defis.Accompaniment.Domain.FollowUp;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Plans;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

/// <summary>Coaches per plan, milestone dates and evidence links at the limit and one unit (coach, day, character) either side.</summary>
public sealed class PlanLimitTests
{
    private static readonly DateTimeOffset During = new(2019, 3, 8, 15, 0, 0, TimeSpan.FromHours(1));

    private static DateTimeOffset ParisNoon(DateOnly day) => new(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(1));

    [Fact]
    public void A_plan_takes_coaches_up_to_three_and_not_a_fourth()
    {
        var plan = Incubation();
        plan.AddCoach(Team, By(Staff, During));
        plan.AddCoach(Team, By(Staff, During));
        Assert.Equal(SupportPlan.MaxCoaches, plan.CoachIds.Count);

        var error = Assert.Throws<PreconditionFailedException>(() => plan.AddCoach(Team, By(Staff, During)));

        Assert.Equal(("COACHES", "coaches"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Contains("3", error.Message);
        Assert.Equal(3, plan.CoachIds.Count);
    }

    [Fact]
    public void A_coach_is_handed_over_by_staff_to_someone_named_not_already_on_the_plan()
    {
        var plan = Incubation();
        var coach = plan.CoachIds[0];

        Assert.Equal("to_coach_id", Assert.Single(Assert.Throws<RequestValidationException>(() => plan.ReassignCoach(coach, " ", By(Staff, During))).Violations).Field);
        Assert.Throws<NotFoundException>(() => plan.ReassignCoach("coach-x", "coach-a", By(Staff, During)));
        Assert.True(Assert.Throws<ConflictException>(() => plan.ReassignCoach(coach, coach, By(Staff, During))).AlreadyExists);
        Assert.Throws<PermissionDeniedException>(() => plan.ReassignCoach(coach, Team, By(Coach(coach), During)));
        Assert.Throws<PermissionDeniedException>(() => plan.ReassignCoach(coach, "coach-a", By(Coach(coach), During)));

        plan.ReassignCoach(coach, Team, By(Staff, During));
        Assert.DoesNotContain(coach, plan.CoachIds);
    }

    [Fact]
    public void A_milestone_may_fall_on_the_plan_s_first_day_but_not_the_day_before()
    {
        var plan = Incubation();
        var asCoach = AsCoach(plan, During);

        var error = Assert.Throws<RequestValidationException>(() => plan.AddMilestone("Visite", IncubationStart.AddDays(-1), asCoach));
        Assert.Equal("due", Assert.Single(error.Violations).Field);

        Assert.Equal(IncubationStart, plan.AddMilestone("Visite", IncubationStart, asCoach).Due);
    }

    [Fact]
    public void Evidence_sent_back_on_its_due_day_is_in_progress_and_the_day_after_late()
    {
        var onTime = Incubation();
        var late = Incubation();
        foreach (var plan in new[] { onTime, late })
        {
            plan.SubmitEvidence(plan.Milestones[0].Id, "Compte rendu", null, AsTeam(During));
        }
        var due = onTime.Milestones[0].Due;

        onTime.ReturnMilestone(onTime.Milestones[0].Id, " Incomplet ", AsCoach(onTime, ParisNoon(due)));
        late.ReturnMilestone(late.Milestones[0].Id, "Incomplet", AsCoach(late, ParisNoon(due.AddDays(1))));

        Assert.Equal((MilestoneStatus.InProgress, "Incomplet"), (onTime.Milestones[0].Status, onTime.Milestones[0].Note));
        Assert.Equal(MilestoneStatus.Late, late.Milestones[0].Status);
    }

    [Fact]
    public void Sending_back_needs_a_comment_and_submitted_evidence()
    {
        var plan = Incubation();
        var milestone = plan.Milestones[0];

        var noEvidence = Assert.Throws<PreconditionFailedException>(() => plan.ReturnMilestone(milestone.Id, "Incomplet", AsCoach(plan, During)));
        Assert.Contains(MilestoneStatus.Planned.InFrench(), noEvidence.Message);
        plan.SubmitEvidence(milestone.Id, "Compte rendu", null, AsTeam(During));
        Assert.Equal("comment", Assert.Single(Assert.Throws<RequestValidationException>(() => plan.ReturnMilestone(milestone.Id, " ", AsCoach(plan, During))).Violations).Field);
        Assert.Equal(MilestoneStatus.Submitted, milestone.Status);
    }

    [Fact]
    public void A_validated_milestone_can_no_longer_be_rescheduled()
    {
        var plan = Incubation();
        var milestone = plan.Milestones[0];
        plan.SubmitEvidence(milestone.Id, "Compte rendu", null, AsTeam(During));
        plan.ValidateMilestone(milestone.Id, AsCoach(plan, During));

        var error = Assert.Throws<PreconditionFailedException>(() => plan.RescheduleMilestone(milestone.Id, milestone.Due.AddDays(7), AsCoach(plan, During)));

        Assert.Equal(("MILESTONE_STATE", "milestone"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Contains("validé", error.Message);
    }

    [Fact]
    public void A_late_milestone_rescheduled_to_a_future_day_is_back_in_progress_but_not_to_a_past_day()
    {
        var plan = Incubation();
        var milestone = plan.Milestones[0];
        var afterDue = ParisNoon(milestone.Due.AddDays(2));
        plan.SubmitEvidence(milestone.Id, "Compte rendu", null, AsTeam(During));
        plan.ReturnMilestone(milestone.Id, "Incomplet", AsCoach(plan, afterDue));
        Assert.Equal(MilestoneStatus.Late, milestone.Status);

        plan.RescheduleMilestone(milestone.Id, milestone.Due.AddDays(1), AsCoach(plan, afterDue));
        Assert.Equal(MilestoneStatus.Late, milestone.Status);
        plan.RescheduleMilestone(milestone.Id, milestone.Due.AddDays(1), AsCoach(plan, afterDue));
        Assert.Equal(MilestoneStatus.InProgress, milestone.Status);
    }

    [Theory]
    [InlineData(Evidence.LinkMaxLength, true)]
    [InlineData(Evidence.LinkMaxLength + 1, false)]
    public void An_evidence_link_is_at_most_2000_characters(int length, bool accepted)
    {
        const string prefix = "https://pad.example.fr/";
        var link = prefix + new string('a', length - prefix.Length);

        if (accepted)
        {
            Assert.Equal(link, Evidence.Create(null, link).Link!.OriginalString);
        }
        else
        {
            var violation = Assert.Single(Assert.Throws<RequestValidationException>(() => Evidence.Create(null, link)).Violations);
            Assert.Equal("evidence.link", violation.Field);
            Assert.Contains(length.ToString(), violation.Description);
        }
    }

    [Fact]
    public void Evidence_text_is_kept_trimmed_and_blank_evidence_is_refused_saying_why()
    {
        Assert.Equal("Compte rendu", Evidence.Create("  Compte rendu  ", null).Text);
        var violation = Assert.Single(Assert.Throws<RequestValidationException>(() => Evidence.Create(" ", null)).Violations);
        Assert.Equal("evidence", violation.Field);
        Assert.Contains("texte ou un lien", violation.Description);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(FollowUpPolicy.MaxDueSoonDays, true)]
    [InlineData(FollowUpPolicy.MaxDueSoonDays + 1, false)]
    [InlineData(-1, false)]
    public void Reminders_come_0_to_60_days_before_a_milestone(int days, bool accepted)
    {
        if (accepted)
        {
            Assert.Equal(days, FollowUpPolicy.Create(days).DueSoonDays);
        }
        else
        {
            Assert.Contains("60", Assert.Single(Assert.Throws<RequestValidationException>(() => FollowUpPolicy.Create(days)).Violations).Description);
        }
    }

    [Fact]
    public void Every_milestone_status_and_default_milestone_has_its_own_french_name()
    {
        var statuses = Enum.GetValues<MilestoneStatus>().Select(s => s.InFrench()).ToList();
        var titles = new[] { Phase.Exploration, Phase.Incubation, Phase.Experimentation }
            .SelectMany(p => PhaseTemplate.DefaultFor(p).Milestones.Select(m => m.Title)).ToList();

        Assert.All([.. statuses, .. titles], n => Assert.False(string.IsNullOrWhiteSpace(n)));
        Assert.Equal(statuses.Count, statuses.Distinct().Count());
        Assert.Equal(titles.Count, titles.Distinct().Count());
        Assert.Throws<ArgumentOutOfRangeException>(() => PhaseTemplate.DefaultFor((Phase)99));
    }
}
