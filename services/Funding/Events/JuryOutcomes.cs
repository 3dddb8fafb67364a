using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Defis.SharedKernel.Decisions;
using Microsoft.EntityFrameworkCore;
using Defis.Funding.Outgoing;

namespace Defis.Funding.Events;

/// <summary>
/// Keeps a dossier's grants in line with the two facts they rest on, whatever order the events bringing them arrive
/// in: the jury's newest outcome for the phase (DossierSelected / DossierNotSelected) and the dossier as filed
/// (DossierSubmitted: self-financing, collectivity). Every consumer that learns one of them ends here under the
/// dossier's lock (then the programme's, always in that order), so two facts arriving at once are never both missed.
/// </summary>
internal static class JuryOutcomes
{
    /// <summary>Records <paramref name="outcome"/> if it is newer than the one known, then reconciles; an older or repeated one changes nothing.</summary>
    public static async Task ApplyAsync(this FundingDbContext db, JuryOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.LockDossierAsync(outcome.DossierId, cancellationToken);
        var books = await db.LockProgrammeAsync(outcome.ProgrammeId, cancellationToken);
        var known = await db.JuryOutcomes.FindAsync([outcome.DossierId, outcome.Phase], cancellationToken);
        if (!outcome.Verdict.Supersedes(known?.Verdict))
        {
            return;
        }
        if (known is null)
        {
            db.JuryOutcomes.Add(outcome);
        }
        else
        {
            db.Entry(known).CurrentValues.SetValues(outcome);
        }
        await db.ReconcileAsync(books, outcome, now, cancellationToken);
    }

    /// <summary>After DossierSubmitted: selections that waited for the dossier get their proposal now.</summary>
    public static async Task ReconcileDossierAsync(this FundingDbContext db, FundedDossier dossier, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.LockDossierAsync(dossier.DossierId, cancellationToken);
        var outcomes = await db.JuryOutcomes.Where(o => o.DossierId == dossier.DossierId && o.Selected).ToListAsync(cancellationToken);
        if (outcomes.Count == 0)
        {
            return;
        }
        var books = await db.LockProgrammeAsync(dossier.ProgrammeId, cancellationToken);
        foreach (var outcome in outcomes)
        {
            await db.ReconcileAsync(books, outcome, now, cancellationToken);
        }
    }

    /// <summary>A transaction-scoped advisory lock per dossier: it exists before the dossier's first row does.</summary>
    internal static Task LockDossierAsync(this FundingDbContext db, Guid dossierId, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({dossierId.ToString()}, 0))", cancellationToken);

    private static async Task ReconcileAsync(this FundingDbContext db, ProgrammeBooks books, JuryOutcome outcome, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var grants = await db.Grants
            .Where(g => g.DossierId == outcome.DossierId && g.Phase == outcome.Phase && g.Status != GrantStatus.Cancelled)
            .ToListAsync(cancellationToken);
        var change = books.Change(outcome.DecidedBy, now);
        if (!outcome.Selected)
        {
            foreach (var live in grants)
            {
                await db.RecordAsync(live.WithdrawSelection(books.Envelope, change), cancellationToken);
            }
            return;
        }
        grants.ForEach(g => g.RestoreSelection());
        // The proposal needs the dossier's own figures: without them it waits for DossierSubmitted rather than guess zero.
        var dossier = await db.Dossiers.FindAsync([outcome.DossierId], cancellationToken);
        if (grants.Count > 0 || dossier is null || books.Rules.RangeOf(outcome.Phase) is null)
        {
            return;
        }
        var recommended = outcome.RecommendedGrantCents is { } cents ? new Money(cents) : (Money?)null;
        var (grant, proposed) = Grant.Propose(new LaureateSelection(outcome.ProgrammeId, outcome.DossierId, outcome.Phase, recommended),
            new Money(dossier.SelfFinancingCents), new Collectivity(dossier.Organisations, dossier.Territories), books.Rules, change);
        db.Grants.Add(grant);
        await db.RecordAsync([proposed], cancellationToken);
    }
}
