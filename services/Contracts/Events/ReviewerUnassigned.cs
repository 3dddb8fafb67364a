namespace Defis.Contracts.Events;

/// <summary>
/// An assignment ended: reassigned, a conflict was declared or detected, or the dossier was withdrawn. The juror
/// may no longer read the dossier.
/// </summary>
public sealed record ReviewerUnassigned(
    Guid AssignmentId,
    Guid DossierId,
    string DossierReference,
    string JurorUserId,
    string Reason) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
