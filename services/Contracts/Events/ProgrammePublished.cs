namespace Defis.Contracts.Events;

/// <summary>A call was published: what Jury, Funding and Accompaniment need to prepare for it.</summary>
public sealed record ProgrammePublished(
    Guid ProgrammeId,
    string Code,
    string Title,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    long EnvelopeCents,
    IReadOnlyList<ProgrammePhase> Phases,
    IReadOnlyList<string> Themes,
    int? DecisionDueDays) : IntegrationEvent
{
    public override Guid AggregateId => ProgrammeId;
}

/// <summary>One phase of a published call; grants in cents, zero when the phase is not funded.</summary>
public sealed record ProgrammePhase(string Phase, DateOnly StartsOn, DateOnly? EndsOn, long MinGrantCents, long MaxGrantCents);
