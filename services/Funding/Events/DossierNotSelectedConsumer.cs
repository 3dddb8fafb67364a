using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Messaging;
using MassTransit;

namespace Defis.Funding.Events;

/// <summary>
/// A later decision that the dossier is not selected for the phase withdraws an earlier selection: its
/// proposed grant can no longer be committed (the domain refuses it with SELECTION).
/// </summary>
public sealed class DossierNotSelectedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierNotSelected, FundingDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierNotSelected message, ConsumeContext<DossierNotSelected> context, CancellationToken cancellationToken)
    {
        var selection = await Db.Selections.FindAsync([message.DossierId, PhaseOf.Parse(message.Phase)], cancellationToken);
        if (selection is not null && selection.SelectedAt <= message.OccurredAt)
        {
            Db.Selections.Remove(selection);
        }
    }
}
