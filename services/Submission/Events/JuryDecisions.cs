using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.Events;

internal static class JuryDecisions
{
    /// <summary>
    /// Applies a released decision under the dossier's row lock, so that it cannot interleave with a withdrawal.
    /// A correction (the event names the decision it corrects) replaces the earlier outcome instead of being
    /// ignored as stale. An unknown dossier or phase is a contract breach: it throws, and the message ends in the error queue.
    /// </summary>
    public static async Task RecordJuryDecisionAsync(this SubmissionDbContext db, Guid dossierId, string phaseName, bool selected, string decidedBy,
        bool correction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<Phase>(phaseName, ignoreCase: true, out var phase) || !Enum.IsDefined(phase))
        {
            throw new InvalidOperationException($"Unknown phase '{phaseName}' in a jury decision for dossier {dossierId}.");
        }
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM dossiers WHERE id = {dossierId} FOR UPDATE", cancellationToken);
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new InvalidOperationException($"A jury decision names dossier {dossierId}, which Submission does not know.");
        _ = correction ? dossier.RecordJuryCorrection(phase, selected, decidedBy, now) : dossier.RecordJuryDecision(phase, selected, decidedBy, now);
    }
}
