using Defis.Accompaniment.Domain.Plans;

namespace Defis.Accompaniment.Domain.Events;

public sealed record SupportPlanOpened(EventHeader Header, Guid PlanId, Guid ProgrammeId, Guid DossierId, Phase Phase,
    DateOnly Start, DateOnly End, IReadOnlyList<string> CoachIds) : AccompanimentEvent(Header);

public sealed record CoachAssigned(EventHeader Header, Guid PlanId, string CoachId) : AccompanimentEvent(Header);

public sealed record CoachReassigned(EventHeader Header, Guid PlanId, string FromCoachId, string ToCoachId) : AccompanimentEvent(Header);

public sealed record MilestoneAdded(EventHeader Header, Guid PlanId, Guid MilestoneId, string Title, DateOnly Due) : AccompanimentEvent(Header);

public sealed record MilestoneRescheduled(EventHeader Header, Guid PlanId, Guid MilestoneId, DateOnly PreviousDue, DateOnly NewDue)
    : AccompanimentEvent(Header);

public sealed record MilestoneWaived(EventHeader Header, Guid PlanId, Guid MilestoneId, string Reason) : AccompanimentEvent(Header);

public sealed record MilestoneStarted(EventHeader Header, Guid PlanId, Guid MilestoneId) : AccompanimentEvent(Header);

public sealed record MilestoneSubmitted(EventHeader Header, Guid PlanId, Guid MilestoneId) : AccompanimentEvent(Header);

/// <summary>The coach sends the evidence back; <paramref name="Comment"/> (French) says what is missing.</summary>
public sealed record MilestoneReturned(EventHeader Header, Guid PlanId, Guid MilestoneId, string Comment) : AccompanimentEvent(Header);

/// <summary>
/// The coach accepts a milestone. Funding releases the tranche that waits for a milestone of this
/// <paramref name="Title"/> (compared without regard to case) for this dossier and phase.
/// </summary>
public sealed record MilestoneValidated(EventHeader Header, Guid PlanId, Guid ProgrammeId, Guid DossierId, Phase Phase,
    Guid MilestoneId, string Title) : AccompanimentEvent(Header);

/// <summary>Announced once per due date, <c>FollowUpPolicy.DueSoonDays</c> Paris days before it.</summary>
public sealed record MilestoneDueSoon(EventHeader Header, Guid PlanId, Guid MilestoneId, string Title, DateOnly Due) : AccompanimentEvent(Header);

/// <summary>Announced once per due date, on the first evaluation after the due day has ended in Paris.</summary>
public sealed record MilestoneOverdue(EventHeader Header, Guid PlanId, Guid MilestoneId, string Title, DateOnly Due) : AccompanimentEvent(Header);

public sealed record CheckInRecorded(EventHeader Header, Guid PlanId, Guid CheckInId, bool ReportsRisks, bool AsksForHelp) : AccompanimentEvent(Header);

/// <summary>The plan stops: nothing changes on it any more, and it follows up nothing. <paramref name="Reason"/> is in French.</summary>
public sealed record SupportPlanClosed(EventHeader Header, Guid PlanId, Guid ProgrammeId, Guid DossierId, Phase Phase, string Reason)
    : AccompanimentEvent(Header);

public sealed record SupportPlanReopened(EventHeader Header, Guid PlanId, Guid ProgrammeId, Guid DossierId, Phase Phase) : AccompanimentEvent(Header);
