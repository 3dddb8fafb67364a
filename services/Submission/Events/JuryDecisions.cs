using Defis.Contracts.Events;
using Defis.SharedKernel.Decisions;
using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.Events;

internal static class JuryDecisions
{
    /// <summary>
    /// Applies a released outcome under the dossier's row lock, so that it cannot interleave with a withdrawal or
    /// another outcome. Only the newest outcome per phase counts (docs/decisions/0019-decision-convergence.md): an
    /// older or repeated one is dropped. The first outcome known for a phase is a decision; a newer one replaces it
    /// as a correction. So the dossier ends the same whatever order the jury's events arrive in. An unknown dossier
    /// or phase is a contract breach: it throws, and the message ends in the error queue.
    /// </summary>
    public static async Task RecordJuryDecisionAsync(this SubmissionDbContext db, IJuryVerdictEvent outcome, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var (dossierId, decidedBy) = (outcome.DossierId, outcome.DecidedBy);
        if (!PhaseNames.TryParse(outcome.Phase, out var phase))
        {
            throw new InvalidOperationException($"Unknown phase '{outcome.Phase}' in a jury decision for dossier {dossierId}.");
        }
        var verdict = new JuryVerdict(outcome.DecisionId, outcome.DecisionRevision, outcome.OccurredAt, outcome.Selected);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM dossiers WHERE id = {dossierId} FOR UPDATE", cancellationToken);
        var dossier = await db.Dossiers.SingleOrDefaultAsync(d => d.Id == dossierId, cancellationToken)
            ?? throw new InvalidOperationException($"A jury decision names dossier {dossierId}, which Submission does not know.");
        var known = await db.JuryVerdicts.FindAsync([dossierId, phase], cancellationToken);
        if (!verdict.Supersedes(known?.Verdict))
        {
            return;
        }
        // A dossier holding the phase that a "not selected" names was selected by an outcome recorded before this table existed.
        var replaces = known is not null || (!verdict.Selected && dossier.SelectedPhase == phase);
        var record = known ?? db.JuryVerdicts.Add(new JuryVerdictRecord { DossierId = dossierId, Phase = phase }).Entity;
        RememberReplaced(record, known?.Verdict, replaces, outcome);
        (record.DecisionId, record.Revision, record.DecidedAt, record.Selected) = (verdict.DecisionId, verdict.Revision, verdict.DecidedAt, verdict.Selected);
        record.Rationale = (outcome as DossierSelected)?.Rationale;
        _ = replaces
            ? dossier.RecordJuryCorrection(phase, verdict.Selected, decidedBy, now)
            : dossier.RecordJuryDecision(phase, verdict.Selected, decidedBy, now);
    }

    /// <summary>What the decision letter of a correction says it replaces: the verdict applied before, else what the event names.</summary>
    private static void RememberReplaced(JuryVerdictRecord record, JuryVerdict? previous, bool replaces, IJuryVerdictEvent outcome)
    {
        var corrects = outcome switch
        {
            DossierSelected selected => selected.CorrectsDecisionId,
            DossierNotSelected notSelected => notSelected.CorrectsDecisionId,
            _ => null,
        };
        (record.ReplacedDecisionId, record.ReplacedDecidedAt, record.ReplacedSelected) = previous is { } before
            ? ((Guid?)before.DecisionId, (DateTimeOffset?)before.DecidedAt, (bool?)before.Selected)
            : (corrects, null, replaces ? true : null);
    }
}
