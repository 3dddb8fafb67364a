namespace Defis.Contracts.Events;

/// <summary>A team started a dossier for a programme; it is a draft until submitted.</summary>
public sealed record DossierDraftCreated(
    Guid DossierId,
    string ProgrammeCode,
    string Title,
    string LeadStructureName,
    string CreatedBy,
    string ContactEmail) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
