using Defis.Contracts.Events;
using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Events;

/// <summary>
/// Records the selection and proposes a grant: the jury's recommended amount, else the phase default.
/// A phase the programme does not fund (exploration, usually) gets a selection and no grant. One live
/// grant per dossier and phase, also when the decision is delivered again under another message id.
/// </summary>
public sealed class DossierSelectedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSelected, FundingDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierSelected message, ConsumeContext<DossierSelected> context, CancellationToken cancellationToken)
    {
        var phase = PhaseOf.Parse(message.Phase);
        if (await Db.Selections.FindAsync([message.DossierId, phase], cancellationToken) is null)
        {
            Db.Selections.Add(new DossierSelection { DossierId = message.DossierId, Phase = phase, DecisionId = message.DecisionId, SelectedAt = message.OccurredAt.ToUniversalTime() });
        }
        var books = await Db.LockProgrammeAsync(message.ProgrammeId, cancellationToken);
        if (books.Rules.RangeOf(phase) is null
            || await Db.Grants.AnyAsync(g => g.DossierId == message.DossierId && g.Phase == phase && g.Status != GrantStatus.Cancelled, cancellationToken))
        {
            return;
        }
        var dossier = await Db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.DossierId == message.DossierId, cancellationToken);
        var selfFinancing = dossier is null ? Money.Zero : new Money(dossier.SelfFinancingCents);
        var collectivity = dossier is null ? Collectivity.Single : new Collectivity(dossier.Organisations, dossier.Territories);
        var recommended = message.RecommendedGrantCents is { } cents ? new Money(cents) : (Money?)null;
        var (grant, proposed) = Grant.Propose(new LaureateSelection(message.ProgrammeId, message.DossierId, phase, recommended),
            selfFinancing, collectivity, books.Rules, books.Change(message.DecidedBy, Time.GetUtcNow()));
        Db.Grants.Add(grant);
        await Db.RecordAsync([proposed], cancellationToken);
    }
}
