using Defis.SharedKernel.Time;
using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Time;

namespace Defis.Accompaniment.Domain.FollowUp;

/// <summary>What the follow-up does to one milestone at one instant.</summary>
public sealed record FollowUpDecision(bool MarkLate, bool AnnounceDueSoon, bool AnnounceOverdue)
{
    public static FollowUpDecision Nothing { get; } = new(false, false, false);

    public bool IsNothing => this == Nothing;
}

/// <summary>
/// The follow-up of milestones, run periodically by the service (any period: it depends only on the
/// milestones and the instant). A milestone whose Paris due day has ended while the laureate still owes
/// evidence becomes Late and is announced overdue; one due within <see cref="FollowUpPolicy.DueSoonDays"/>
/// days is announced due soon. Each announcement happens once per due date because the milestone
/// records the date it was made for: running twice, or after a restart from the saved rows, announces
/// nothing new. Rescheduling sets a new due date, which re-arms both announcements on purpose. A
/// milestone first seen when already overdue is announced overdue only (a "due soon" would come too late).
/// Persistence saves the milestones and the events' outbox rows in one transaction; two scheduler
/// instances must not run the same milestones at once (a lease, or SELECT … FOR UPDATE SKIP LOCKED).
/// </summary>
public static class FollowUpScheduler
{
    /// <summary>Pure: what should happen to <paramref name="milestone"/> at <paramref name="now"/>, given what it already announced.</summary>
    public static FollowUpDecision Decide(Milestone milestone, DateTimeOffset now, FollowUpPolicy policy)
    {
        if (!milestone.Status.AwaitsLaureate())
        {
            return FollowUpDecision.Nothing;
        }
        var today = ParisTime.DateOf(now);
        if (today > milestone.Due)
        {
            return new(milestone.Status != MilestoneStatus.Late, false, milestone.OverdueAnnouncedFor != milestone.Due);
        }
        var dueSoon = today >= milestone.Due.AddDays(-policy.DueSoonDays) && milestone.DueSoonAnnouncedFor != milestone.Due;
        return new(false, dueSoon, false);
    }

    /// <summary>Applies every decision, in due-date order, and returns the announcements to publish.</summary>
    public static IReadOnlyList<AccompanimentEvent> Run(IEnumerable<Milestone> milestones, DateTimeOffset now, FollowUpPolicy policy)
    {
        var change = Change.BySystem(now);
        List<AccompanimentEvent> events = [];
        foreach (var milestone in milestones.OrderBy(m => m.Due).ThenBy(m => m.Id))
        {
            Apply(milestone, Decide(milestone, now, policy), change, events);
        }
        return events;
    }

    private static void Apply(Milestone milestone, FollowUpDecision decision, Change change, List<AccompanimentEvent> events)
    {
        if (decision.MarkLate)
        {
            milestone.MarkLate();
        }
        if (decision.AnnounceDueSoon)
        {
            milestone.RecordDueSoonAnnounced();
            events.Add(new MilestoneDueSoon(EventHeader.For(change), milestone.PlanId, milestone.Id, milestone.Title, milestone.Due));
        }
        if (decision.AnnounceOverdue)
        {
            milestone.RecordOverdueAnnounced();
            events.Add(new MilestoneOverdue(EventHeader.For(change), milestone.PlanId, milestone.Id, milestone.Title, milestone.Due));
        }
    }
}
