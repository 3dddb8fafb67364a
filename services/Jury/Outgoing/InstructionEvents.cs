using Defis.Contracts.Events;
using Defis.Jury.Domain;

namespace Defis.Jury.Outgoing;

/// <summary>What the presidents are told when a dossier's instruction deadline comes near.</summary>
public static class InstructionEvents
{
    public static DecisionDueSoon ToDueSoonEvent(this InstructionDeadline deadline, Guid programmeId, string programmeCode,
        IReadOnlyList<string> presidents, DateTimeOffset now) =>
        new(deadline.Dossier.Id, programmeId, programmeCode, deadline.Dossier.Reference, deadline.DueOn, deadline.DueBy, presidents) { OccurredAt = now };
}
