using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.FollowUp;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Plans;
using Microsoft.Extensions.Time.Testing;
using static Defis.Accompaniment.UnitTests.Programme;

namespace Defis.Accompaniment.UnitTests;

public sealed class FollowUpSchedulerTests
{
    private static readonly FollowUpPolicy WeekBefore = FollowUpPolicy.Default;

    /// <summary>A plan of autumn 2021 with one extra milestone due on <paramref name="due"/>; only that milestone is returned.</summary>
    private static (SupportPlan Plan, Milestone Milestone) PlanWithMilestoneDue(DateOnly due)
    {
        var plan = Incubation(start: new DateOnly(2021, 9, 1));
        var added = plan.AddMilestone("Prototype présenté au comité", due, AsCoach(plan, new DateTimeOffset(2021, 9, 1, 9, 0, 0, TimeSpan.Zero)));
        return (plan, plan.Milestones.Single(m => m.Id == added.MilestoneId));
    }

    [Fact]
    public void Due_on_15_October_means_overdue_from_16_October_at_midnight_in_Paris()
    {
        var (_, milestone) = PlanWithMilestoneDue(new DateOnly(2021, 10, 15));
        var midnight = new DateTimeOffset(2021, 10, 16, 0, 0, 0, TimeSpan.FromHours(2));

        Assert.False(FollowUpScheduler.Decide(milestone, midnight.AddTicks(-1), WeekBefore).AnnounceOverdue);
        Assert.Equal(new FollowUpDecision(true, false, true), FollowUpScheduler.Decide(milestone, midnight, WeekBefore));
    }

    [Fact]
    public void Evaluated_every_half_hour_across_the_autumn_clock_change_each_announcement_comes_once_at_its_Paris_instant()
    {
        // Due on Sunday 31 October 2021, the day Paris goes back from UTC+2 to UTC+1.
        var (_, milestone) = PlanWithMilestoneDue(new DateOnly(2021, 10, 31));
        var clock = new FakeTimeProvider(new DateTimeOffset(2021, 10, 20, 0, 0, 0, TimeSpan.Zero));
        List<(AccompanimentEvent Event, DateTimeOffset At)> heard = [];

        while (clock.GetUtcNow() < new DateTimeOffset(2021, 11, 5, 0, 0, 0, TimeSpan.Zero))
        {
            heard.AddRange(FollowUpScheduler.Run([milestone], clock.GetUtcNow(), WeekBefore).Select(e => (e, clock.GetUtcNow())));
            clock.Advance(TimeSpan.FromMinutes(30));
        }

        Assert.Equal(2, heard.Count);
        var (dueSoon, dueSoonAt) = heard[0];
        var (overdue, overdueAt) = heard[1];
        Assert.IsType<MilestoneDueSoon>(dueSoon);
        Assert.IsType<MilestoneOverdue>(overdue);
        // Sunday 24 October 00:00 in Paris is still summer time (UTC+2)…
        Assert.Equal(new DateTimeOffset(2021, 10, 23, 22, 0, 0, TimeSpan.Zero), dueSoonAt);
        // …but Monday 1 November 00:00 is winter time (UTC+1): an UTC+2 shortcut would be an hour early.
        Assert.Equal(new DateTimeOffset(2021, 10, 31, 23, 0, 0, TimeSpan.Zero), overdueAt);
        Assert.Equal(dueSoonAt, dueSoon.Header.OccurredAt);
        Assert.Equal(MilestoneStatus.Late, milestone.Status);
    }

    [Fact]
    public void Across_the_spring_clock_change_the_due_day_ends_at_local_midnight_too()
    {
        var (_, milestone) = PlanWithMilestoneDue(new DateOnly(2022, 3, 27));
        var clock = new FakeTimeProvider(new DateTimeOffset(2022, 3, 27, 21, 59, 0, TimeSpan.Zero));

        Assert.Empty(FollowUpScheduler.Run([milestone], clock.GetUtcNow(), FollowUpPolicy.Create(0)).OfType<MilestoneOverdue>());
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(FollowUpScheduler.Run([milestone], clock.GetUtcNow(), FollowUpPolicy.Create(0)).OfType<MilestoneOverdue>());
    }

    [Fact]
    public void After_a_restart_from_the_saved_rows_nothing_is_announced_twice()
    {
        var (_, milestone) = PlanWithMilestoneDue(new DateOnly(2021, 10, 15));
        var clock = new FakeTimeProvider(new DateTimeOffset(2021, 10, 1, 8, 0, 0, TimeSpan.Zero));
        var saved = milestone.ToRecord();
        List<AccompanimentEvent> heard = [];

        for (var day = 0; day < 30; day++)
        {
            // Each day a fresh process loads the row, runs the follow-up twice (two ticks) and saves it.
            var loaded = Milestone.Restore(saved);
            heard.AddRange(FollowUpScheduler.Run([loaded], clock.GetUtcNow(), WeekBefore));
            heard.AddRange(FollowUpScheduler.Run([loaded], clock.GetUtcNow().AddMinutes(5), WeekBefore));
            saved = loaded.ToRecord();
            clock.Advance(TimeSpan.FromDays(1));
        }

        Assert.Equal([typeof(MilestoneDueSoon), typeof(MilestoneOverdue)], heard.Select(e => e.GetType()));
        Assert.Equal((MilestoneStatus.Late, new DateOnly(2021, 10, 15), new DateOnly(2021, 10, 15)),
            (saved.Status, saved.DueSoonAnnouncedFor, saved.OverdueAnnouncedFor));
    }

    [Fact]
    public void Rescheduling_a_late_milestone_puts_it_back_to_work_and_re_arms_both_announcements()
    {
        var (plan, milestone) = PlanWithMilestoneDue(new DateOnly(2021, 10, 15));
        var lateAt = new DateTimeOffset(2021, 10, 18, 8, 0, 0, TimeSpan.Zero);
        FollowUpScheduler.Run([milestone], lateAt.AddDays(-5), WeekBefore);
        FollowUpScheduler.Run([milestone], lateAt, WeekBefore);
        Assert.Equal(MilestoneStatus.Late, milestone.Status);

        plan.RescheduleMilestone(milestone.Id, new DateOnly(2021, 10, 22), AsCoach(plan, lateAt));

        Assert.Equal(MilestoneStatus.InProgress, milestone.Status);
        Assert.IsType<MilestoneDueSoon>(Assert.Single(FollowUpScheduler.Run([milestone], lateAt.AddHours(1), WeekBefore)));
        Assert.IsType<MilestoneOverdue>(Assert.Single(FollowUpScheduler.Run([milestone], lateAt.AddDays(5), WeekBefore)));
    }

    [Fact]
    public void A_milestone_first_seen_overdue_is_only_announced_overdue()
    {
        var (_, milestone) = PlanWithMilestoneDue(new DateOnly(2021, 10, 15));
        var events = FollowUpScheduler.Run([milestone], new DateTimeOffset(2021, 10, 20, 8, 0, 0, TimeSpan.Zero), WeekBefore);
        var overdue = Assert.IsType<MilestoneOverdue>(Assert.Single(events));
        Assert.Equal((milestone.PlanId, milestone.Id, new DateOnly(2021, 10, 15)), (overdue.PlanId, overdue.MilestoneId, overdue.Due));
    }

    [Theory]
    [InlineData(MilestoneStatus.Submitted)]
    [InlineData(MilestoneStatus.Validated)]
    [InlineData(MilestoneStatus.Waived)]
    public void Milestones_that_no_longer_await_the_team_are_left_alone(MilestoneStatus status)
    {
        var (_, milestone) = PlanWithMilestoneDue(new DateOnly(2021, 10, 15));
        var restored = Milestone.Restore(milestone.ToRecord() with { Status = status });

        Assert.Empty(FollowUpScheduler.Run([restored], new DateTimeOffset(2021, 10, 12, 8, 0, 0, TimeSpan.Zero), WeekBefore));
        Assert.Empty(FollowUpScheduler.Run([restored], new DateTimeOffset(2021, 11, 12, 8, 0, 0, TimeSpan.Zero), WeekBefore));
        Assert.Equal(status, restored.Status);
    }

    [Fact]
    public void A_whole_plan_is_followed_up_in_due_date_order()
    {
        var plan = Incubation(start: new DateOnly(2021, 9, 1));
        var events = FollowUpScheduler.Run(plan.Milestones.Reverse(), new DateTimeOffset(2021, 11, 20, 8, 0, 0, TimeSpan.Zero), WeekBefore);

        // 20 November: the first three incubation milestones are overdue; the final report (24 Nov) is due soon.
        Assert.Equal(
            [("Réunion de lancement tenue", "overdue"), ("Enquête auprès des usagers achevée", "overdue"),
             ("Prototype mis à l'épreuve des usagers", "overdue"), ("Bilan final remis", "soon")],
            events.Select(e => e switch
            {
                MilestoneOverdue o => (o.Title, "overdue"),
                MilestoneDueSoon s => (s.Title, "soon"),
                _ => ("?", "?"),
            }));
    }

    [Fact]
    public void The_reminder_delay_is_bounded()
    {
        var refused = Assert.Throws<Defis.SharedKernel.Errors.RequestValidationException>(() => FollowUpPolicy.Create(-1));
        Assert.Equal("due_soon_days", Assert.Single(refused.Violations).Field);
    }
}
