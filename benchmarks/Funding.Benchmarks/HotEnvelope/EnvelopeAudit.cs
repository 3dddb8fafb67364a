using Defis.Funding.Domain;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Benchmarks.HotEnvelope;

/// <summary>What the database holds after the run: the envelope, the committed grants and the programme's event log.</summary>
public sealed record EnvelopeAudit(long TotalCents, long CommittedCents, int CommittedGrants, long CommittedGrantsCents, long Events, long LastSequence, long DistinctSequences)
{
    /// <summary>No overspend: the envelope's own count within its total, and equal to the sum of what was committed.</summary>
    public bool WithinEnvelope => CommittedCents <= TotalCents && CommittedGrantsCents == CommittedCents;

    /// <summary>Sequences 1…N with N the counter: (programme, sequence) is the key, so N rows ending at N leave no gap.</summary>
    public bool GapFree => Events == LastSequence && DistinctSequences == LastSequence;

    public static async Task<EnvelopeAudit> ReadAsync(IServiceProvider services, Guid programmeId, CancellationToken cancellationToken)
    {
        EnvelopeAudit? audit = null;
        await EnvelopeSeed.InScopeAsync(services, async db =>
        {
            var envelope = await db.Envelopes.AsNoTracking().SingleAsync(e => e.ProgrammeId == programmeId, cancellationToken);
            var amounts = await db.Grants.AsNoTracking().Where(g => g.ProgrammeId == programmeId && g.Status == GrantStatus.Committed)
                .Select(g => g.Amount).ToListAsync(cancellationToken);
            var counter = await db.EventCounters.AsNoTracking().SingleAsync(c => c.ProgrammeId == programmeId, cancellationToken);
            var events = db.FundingEvents.AsNoTracking().Where(e => e.ProgrammeId == programmeId && e.Sequence >= 1 && e.Sequence <= counter.LastSequence);
            audit = new EnvelopeAudit(envelope.Total.Cents, envelope.Committed.Cents, amounts.Count, amounts.Sum(a => a.Cents),
                await db.FundingEvents.LongCountAsync(e => e.ProgrammeId == programmeId, cancellationToken), counter.LastSequence,
                await events.Select(e => e.Sequence).Distinct().LongCountAsync(cancellationToken));
        });
        return audit!;
    }
}
