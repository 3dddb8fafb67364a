using Defis.Jury.Domain;
using Contract = Defis.Contracts.Jury.V1;

namespace Defis.Jury.Grpc;

internal static class AssignmentMapping
{
    public static Contract.Assignment ToContract(this Assignment assignment, PanelAssignments book) => new()
    {
        Id = assignment.Id.ToString(),
        PanelId = book.PanelId.ToString(),
        ProgrammeCode = book.ProgrammeCode,
        Phase = (Contract.Phase)(int)book.Phase,
        DossierId = assignment.DossierId.ToString(),
        DossierReference = assignment.DossierReference,
        JurorUserId = assignment.JurorUserId,
        AssignedAt = assignment.AssignedAt.ToContract(),
        WithdrawnAt = assignment.WithdrawnAt.ToContract(),
        WithdrawalReason = assignment.WithdrawalReason ?? "",
    };

    public static Contract.AssignmentBook ToContract(this PanelAssignments book) => new()
    {
        Id = book.Id.ToString(),
        PanelId = book.PanelId.ToString(),
        ReviewersPerDossier = book.Policy.ReviewersPerDossier,
        MaxPerJuror = book.Policy.MaxPerJuror,
        Revision = book.Revision,
        Assignments = { book.Assignments.Select(a => a.ToContract(book)) },
    };

    public static Contract.Shortfall ToContract(this AssignmentShortfall shortfall) => new()
    {
        DossierId = shortfall.DossierId.ToString(),
        DossierReference = shortfall.DossierReference,
        Required = shortfall.Required,
        Assigned = shortfall.Assigned,
        ConflictedJurors = { shortfall.ConflictedJurors },
        JurorsAtCapacity = { shortfall.JurorsAtCapacity },
        Description = shortfall.Description,
    };
}
