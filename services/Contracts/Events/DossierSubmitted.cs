namespace Defis.Contracts.Events;

/// <summary>A dossier was filed for the first time and got its reference (e.g. CB21-0042).</summary>
public sealed record DossierSubmitted(
    Guid DossierId,
    Guid ProgrammeId,
    string ProgrammeCode,
    string Reference,
    string Title,
    string Theme,
    IReadOnlyList<string> Territories,
    string LeadStructureName,
    string LeadStructureType,
    IReadOnlyList<string> Partners,
    long RequestedAmountCents,
    string SubmittedBy,
    string ContactEmail) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
