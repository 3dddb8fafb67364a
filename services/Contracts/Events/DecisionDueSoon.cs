namespace Defis.Contracts.Events;

/// <summary>
/// The decision on a dossier of a rolling call falls due within the instruction clock's notice period
/// (announced once per dossier and due date). The panel's president (<paramref name="PresidentUserIds"/>) and
/// the programme staff are the people to remind.
/// </summary>
public sealed record DecisionDueSoon(
    Guid DossierId,
    Guid ProgrammeId,
    string ProgrammeCode,
    string Reference,
    DateOnly DueOn,
    DateTimeOffset DueBy,
    IReadOnlyList<string> PresidentUserIds) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
