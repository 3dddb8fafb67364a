namespace Defis.Contracts.Events;

/// <summary>
/// A call was published: what Jury, Funding and Accompaniment need to prepare for it. A collective candidacy
/// may ask up to <paramref name="CollectiveAllowancePercent"/> % above a phase's ceiling (absent means 0).
/// </summary>
public sealed record ProgrammePublished(
    Guid ProgrammeId,
    string Code,
    string Title,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    long EnvelopeCents,
    IReadOnlyList<ProgrammePhase> Phases,
    IReadOnlyList<string> Themes,
    int? DecisionDueDays,
    int CollectiveAllowancePercent = 0) : IntegrationEvent
{
    public override Guid AggregateId => ProgrammeId;
}

/// <summary>One phase of a published call; grants in cents, zero when the phase is not funded.</summary>
public sealed record ProgrammePhase(string Phase, DateOnly StartsOn, DateOnly? EndsOn, long MinGrantCents, long MaxGrantCents);
