using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Funding.Events;

/// <summary>
/// Remembers who filed a dossier (the only one who may declare its expenses) and who co-edits it, how collective it is and what it finances
/// itself; a selection that arrived first gets its grant proposed now (<see cref="JuryOutcomes"/>). Arriving after the
/// dossier's purge (decision 0032), it keeps the figures only.
/// </summary>
public sealed class DossierSubmittedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSubmitted, FundingDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSubmitted message, ConsumeContext<DossierSubmitted> context, CancellationToken cancellationToken)
    {
        // Under the dossier's lock, as the purge: a purge committed meanwhile is seen here.
        await Db.LockDossierAsync(message.DossierId, cancellationToken);
        var dossier = await Db.Dossiers.FindAsync([message.DossierId], cancellationToken);
        if (dossier is null)
        {
            dossier = new FundedDossier { DossierId = message.DossierId };
            Db.Dossiers.Add(dossier);
        }
        dossier.ProgrammeId = message.ProgrammeId;
        dossier.Reference = message.Reference;
        dossier.OwnerId = message.SubmittedBy;
        // The lead structure counts as one organisation and one territory, as in the domain's Collectivity.
        dossier.Organisations = 1 + message.Partners.Count;
        dossier.Territories = Math.Max(1, message.Territories.Count);
        dossier.RequestedAmountCents = message.RequestedAmountCents;
        dossier.SelfFinancingCents = message.SelfFinancingCents;
        dossier.Title = message.Title;
        dossier.LeadStructureName = message.LeadStructureName;
        dossier.LeadStructureSiret = message.LeadStructureSiret;
        if (await Db.IsPurgedAsync(dossier.DossierId, cancellationToken))
        {
            await Db.ForgetAsync(dossier, cancellationToken);
        }
        await Db.HearTeamAsync(message.DossierId, message.CoEditorEmails, message.OccurredAt, cancellationToken);
        await Db.ReconcileDossierAsync(dossier, Time.GetUtcNow(), cancellationToken);
    }
}
