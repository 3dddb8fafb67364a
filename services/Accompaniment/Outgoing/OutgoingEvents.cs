using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Persistence;
using Contract = Defis.Contracts.Events;
using DomainEvents = Defis.Accompaniment.Domain.Events;

namespace Defis.Accompaniment.Outgoing;

/// <summary>
/// Which domain events leave the service, and in which contract. They are written to the outbox by the
/// caller, in the transaction of the change. Events no other service needs yet stay inside.
/// </summary>
public static class OutgoingEvents
{
    public static void AddPlanEvents(this AccompanimentDbContext db, IEnumerable<DomainEvents.AccompanimentEvent> events, SupportPlan plan)
    {
        foreach (var e in events.Select(e => ForPlan(e, plan)).OfType<Contract.IntegrationEvent>())
        {
            db.AddIntegrationEvent(e);
        }
    }

    public static void AddSessionEvents(this AccompanimentDbContext db, IEnumerable<DomainEvents.AccompanimentEvent> events, SessionRow session)
    {
        foreach (var e in events.Select(e => ForSession(e, session)).OfType<Contract.IntegrationEvent>())
        {
            db.AddIntegrationEvent(e);
        }
    }

    public static Contract.IntegrationEvent? ForPlan(DomainEvents.AccompanimentEvent domainEvent, SupportPlan plan) => domainEvent switch
    {
        DomainEvents.SupportPlanOpened e => new Contract.SupportPlanOpened(e.PlanId, e.ProgrammeId, e.DossierId, e.Phase.ToString(),
            plan.Laureate.ProjectTitle, e.Start, e.End, e.CoachIds, Members(plan),
            [.. plan.Milestones.Select(m => new Contract.MilestoneSummary(m.Id, m.Title, m.Due))]) { EventId = e.Header.EventId, OccurredAt = e.Header.OccurredAt },
        DomainEvents.MilestoneValidated e => new Contract.MilestoneValidated(e.MilestoneId, e.PlanId, e.ProgrammeId, e.DossierId, e.Phase.ToString(),
            e.Title, e.Header.Actor) { EventId = e.Header.EventId, OccurredAt = e.Header.OccurredAt },
        DomainEvents.MilestoneDueSoon e => new Contract.MilestoneDueSoon(e.MilestoneId, e.PlanId, plan.ProgrammeId, plan.DossierId, e.Title, e.Due,
            plan.CoachIds, Members(plan)) { EventId = e.Header.EventId, OccurredAt = e.Header.OccurredAt },
        DomainEvents.MilestoneOverdue e => new Contract.MilestoneOverdue(e.MilestoneId, e.PlanId, plan.ProgrammeId, plan.DossierId, e.Title, e.Due,
            plan.CoachIds, Members(plan)) { EventId = e.Header.EventId, OccurredAt = e.Header.OccurredAt },
        _ => null,
    };

    public static Contract.IntegrationEvent? ForSession(DomainEvents.AccompanimentEvent domainEvent, SessionRow session) => domainEvent switch
    {
        DomainEvents.RegistrationConfirmed e => new Contract.SessionRegistrationConfirmed(e.SessionId, session.Title, session.StartsAt, e.UserId, e.Email)
            { EventId = e.Header.EventId, OccurredAt = e.Header.OccurredAt },
        DomainEvents.RegistrationWaitlisted e => new Contract.SessionRegistrationWaitlisted(e.SessionId, session.Title, session.StartsAt, e.UserId, e.Email,
            e.Position) { EventId = e.Header.EventId, OccurredAt = e.Header.OccurredAt },
        DomainEvents.RegistrationPromoted e => new Contract.SessionRegistrationPromoted(e.SessionId, session.Title, session.StartsAt, e.UserId, e.Email)
            { EventId = e.Header.EventId, OccurredAt = e.Header.OccurredAt },
        _ => null,
    };

    /// <summary>The day-before reminder of a session, to its confirmed registrants only (not the waiting list).</summary>
    public static Contract.SessionReminderDue ForReminder(SessionRow session, IEnumerable<RegistrationRow> confirmed, DateTimeOffset now) =>
        new(session.Id, session.ProgrammeId, session.Title, session.StartsAt, session.EndsAt, session.Location,
            [.. confirmed.OrderBy(r => r.Arrival).Select(r => new Contract.SessionAttendee(r.UserId, r.Email))]) { OccurredAt = now };

    private static List<string> Members(SupportPlan plan) => [.. plan.Laureate.MemberIds.Order(StringComparer.Ordinal)];
}
