using Defis.Contracts.Events;
using Defis.Jury.Domain;
using Defis.ServiceInfrastructure.Persistence;

namespace Defis.Jury.Outgoing;

/// <summary>What Submission needs to follow who may read a dossier: one event per assignment started or ended.</summary>
public static class AssignmentEvents
{
    public static void AddAssignmentEvents(this ServiceDbContext db, string programmeCode, IEnumerable<AssignmentChange> changes)
    {
        foreach (var change in changes)
        {
            db.AddIntegrationEvent(change.ToContract(programmeCode));
        }
    }

    public static IntegrationEvent ToContract(this AssignmentChange change, string programmeCode)
    {
        var assignment = change.Assignment;
        return change.Started
            ? new ReviewerAssigned(assignment.Id, assignment.DossierId, assignment.DossierReference, programmeCode, assignment.JurorUserId,
                assignment.AssignedAt) { OccurredAt = assignment.AssignedAt }
            : new ReviewerUnassigned(assignment.Id, assignment.DossierId, assignment.DossierReference, assignment.JurorUserId,
                assignment.WithdrawalReason ?? "") { OccurredAt = assignment.WithdrawnAt!.Value };
    }
}
