using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Sessions;
using Defis.SharedKernel;

namespace Defis.Accompaniment.PersonalData;

/// <summary>Accompaniment's part of a person's data (decision 0030): their plans, as coach or team, and their sessions.</summary>
public sealed record AccompanimentPart(IReadOnlyList<PersonalPlan> Plans, IReadOnlyList<SessionRegistration> Registrations);

/// <summary>What the person is to a support plan.</summary>
public enum PlanRole
{
    Team = 1,
    Coach = 2,

    /// <summary>Named a co-editor by the dossier's filing: reads the plan with its lead.</summary>
    CoEditor = 3,
}

/// <summary>A support plan the person works on; the other coaches and team members are not named.</summary>
public sealed record PersonalPlan(Guid Id, Guid DossierId, string ProjectTitle, Phase Phase, PlanRole YourRole, DateOnly StartsOn, DateOnly EndsOn,
    DateTimeOffset OpenedAt, DateTimeOffset? ClosedAt, string? ClosureReason, IReadOnlyList<PlanMilestone> Milestones, IReadOnlyList<PlanCheckIn> CheckIns);

public sealed record PlanMilestone(Guid Id, string Title, DateOnly Due, MilestoneStatus Status, string? EvidenceText, string? EvidenceLink,
    DateTimeOffset? SubmittedAt, DateTimeOffset? ValidatedAt, string? Note);

/// <summary>A check-in of the plan's team; <paramref name="ByYou"/> tells the person's own.</summary>
public sealed record PlanCheckIn(Guid Id, DateTimeOffset SubmittedAt, string Progress, string? Risks, string? HelpNeeded, bool ByYou);

/// <summary>The person's place in a session, with what the session is.</summary>
public sealed record SessionRegistration(Guid SessionId, string SessionTitle, SessionKind Kind, DateTimeOffset StartsAt, DateTimeOffset EndsAt,
    string? Location, string Email, RegistrationStatus Status, DateTimeOffset RegisteredAt, DateTimeOffset? PromotedAt, DateTimeOffset? CancelledAt,
    bool? Attended);
