using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

public sealed partial class Grant
{
    /// <summary>
    /// A finance officer pays a tranche by hand. Idempotent by tranche: releasing a paid tranche again
    /// changes nothing and yields no event (retries and double clicks are harmless).
    /// </summary>
    public IReadOnlyList<FundingEvent> ReleaseTranche(int number, Envelope envelope, ChangeContext change)
    {
        RequireSameProgramme(envelope, change);
        var tranche = _tranches.Find(t => t.Number == number) ?? throw new NotFoundException("Tranche", $"{Id}/{number}");
        if (tranche.Status == TrancheStatus.Released)
        {
            return [];
        }
        if (!IsCommitted)
        {
            throw new PreconditionFailedException("GRANT_STATE", "grant", "Une tranche ne peut être versée que sur une dotation engagée.");
        }
        if (SelectionWithdrawn)
        {
            throw new PreconditionFailedException("SELECTION_WITHDRAWN", "grant",
                "Le jury a retiré la sélection de ce dossier par une décision corrigée : aucun versement tant que la dotation n'est pas réexaminée.");
        }
        return [Release(tranche, envelope, change)];
    }

    /// <summary>
    /// The Accompaniment service validated a milestone: every tranche still waiting for it is paid.
    /// Called again with the same milestone (at-least-once delivery), it pays nothing more; nor does it pay a grant whose
    /// selection the jury took back.
    /// </summary>
    public IReadOnlyList<FundingEvent> OnMilestoneValidated(string milestone, Envelope envelope, ChangeContext change)
    {
        RequireSameProgramme(envelope, change);
        if (!IsCommitted || SelectionWithdrawn || string.IsNullOrWhiteSpace(milestone))
        {
            return [];
        }
        return _tranches.Where(t => t.WaitsFor(milestone)).ToList().Select(t => Release(t, envelope, change)).ToList();
    }

    private TrancheReleased Release(Tranche tranche, Envelope envelope, ChangeContext change)
    {
        envelope.Disburse(Phase, tranche.Amount);
        tranche.Status = TrancheStatus.Released;
        tranche.ReleasedAt = change.Now;
        return new TrancheReleased(change.NextHeader(ProgrammeId), Id, tranche.Number, tranche.Amount, tranche.Trigger, tranche.Milestone);
    }
}
