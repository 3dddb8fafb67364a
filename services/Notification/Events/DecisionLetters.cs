using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;
using Defis.Notification.Persistence.Projections;
using Defis.ServiceInfrastructure.Documents;

namespace Defis.Notification.Events;

/// <summary>
/// The decision letter of a released verdict, for the decision's notice (decision 0027): Submission's letter record and
/// layout, filled from the event and what Notification remembers of the dossier. Of a decision a correction replaces,
/// the event gives only its id, so the letter names that id; Submission's letter route also gives its date and outcome.
/// Written once the dossier is known to Notification: a verdict arriving before it waits (decision 0031).
/// </summary>
internal static class DecisionLetters
{
    public static EmailAttachment For(IJuryVerdictEvent verdict, string reference, string programmeCode, string? rationale, Guid? correctsDecisionId,
        DossierContact dossier, ProgrammeLabel programme, DateTimeOffset now)
    {
        var letter = new DecisionLetter(reference, programmeCode, programme.Title ?? "", dossier.Title ?? "", dossier.LeadStructureName ?? "",
            verdict.Phase, verdict.Selected, rationale, verdict.DecisionId, verdict.OccurredAt,
            correctsDecisionId is { } replaced ? new ReplacedDecision(replaced, null, null) : null, now);
        return new EmailAttachment($"decision-{reference}-{verdict.Phase.ToLowerInvariant()}.pdf", DecisionLetterPdf.Render(letter));
    }
}
