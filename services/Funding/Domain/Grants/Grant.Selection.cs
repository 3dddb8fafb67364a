using Defis.Funding.Domain.Events;

namespace Defis.Funding.Domain;

public sealed partial class Grant
{
    public const string SelectionWithdrawnReason = "Sélection retirée par une décision corrigée du jury.";

    /// <summary>
    /// True while a released correction of the jury has taken the dossier's selection back from a committed grant:
    /// finance must decide (cancel, or wait for the selection to come back); meanwhile nothing more is paid.
    /// </summary>
    public bool SelectionWithdrawn { get; private set; }

    /// <summary>
    /// The jury's newest outcome no longer selects the dossier for this phase. A proposal is withdrawn (cancelled,
    /// its events returned); a committed grant is flagged for finance and pays no further tranche, since money
    /// already paid is not taken back by an event.
    /// </summary>
    public IReadOnlyList<FundingEvent> WithdrawSelection(Envelope envelope, ChangeContext change)
    {
        if (Status == GrantStatus.Cancelled)
        {
            return [];
        }
        if (!IsCommitted)
        {
            return Cancel(SelectionWithdrawnReason, envelope, change);
        }
        SelectionWithdrawn = true;
        return [];
    }

    /// <summary>A newer outcome selects the dossier again: a flagged grant may pay again.</summary>
    public void RestoreSelection() => SelectionWithdrawn = false;
}
