namespace Defis.Contracts.Events;

/// <summary>
/// A juror was assigned to review a dossier (never when conflicted). Submission lets the juror read the dossier;
/// Notification tells the juror.
/// </summary>
public sealed record ReviewerAssigned(
    Guid AssignmentId,
    Guid DossierId,
    string DossierReference,
    string ProgrammeCode,
    string JurorUserId,
    DateTimeOffset AssignedAt) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
