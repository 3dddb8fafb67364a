namespace Defis.Contracts.Events;

/// <summary>Programme staff sent a dossier back to its team, with reasons and an optional deadline.</summary>
public sealed record DossierReturnedForCorrection(
    Guid DossierId,
    string ProgrammeCode,
    string Reference,
    string Title,
    IReadOnlyList<string> Reasons,
    DateTimeOffset? CorrectionDeadline,
    string LeadUserId,
    string ContactEmail) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
