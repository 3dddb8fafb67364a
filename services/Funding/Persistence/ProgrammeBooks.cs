using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Persistence;

/// <summary>A programme's envelope, event counter and rules, read under the programme's lock.</summary>
public sealed record ProgrammeBooks(Envelope Envelope, ProgrammeEventCounter Counter, FundingRules Rules)
{
    public ChangeContext Change(string actor, DateTimeOffset now) => new(actor, now, Counter);
}

public static class ProgrammeLock
{
    /// <summary>
    /// Locks the programme's envelope and event-counter rows FOR UPDATE until the caller's transaction
    /// ends, then reads them (tracked). Every change of a programme's money or events goes through here,
    /// always in this order, so concurrent commitments queue on the envelope: each decides on the state
    /// the previous one committed (the sum never exceeds the envelope) and takes the next sequence
    /// numbers in the same transaction as its outbox rows (no gap, no repeat; a rollback gives them back).
    /// Must run inside a transaction.
    /// </summary>
    public static async Task<ProgrammeBooks> LockProgrammeAsync(this FundingDbContext db, Guid programmeId, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A programme is locked only inside a transaction.");
        }
        await db.Database.ExecuteSqlAsync($"""
            SELECT 1 FROM envelopes e JOIN programme_event_counters c ON c.programme_id = e.programme_id
            WHERE e.programme_id = {programmeId}
            ORDER BY e.programme_id
            FOR UPDATE
            """, cancellationToken);
        var envelope = await db.Envelopes.SingleOrDefaultAsync(e => e.ProgrammeId == programmeId, cancellationToken);
        var counter = await db.EventCounters.SingleOrDefaultAsync(c => c.ProgrammeId == programmeId, cancellationToken);
        var rules = await db.ProgrammeRules.AsNoTracking().SingleOrDefaultAsync(r => r.ProgrammeId == programmeId, cancellationToken);
        if (envelope is null || counter is null || rules is null)
        {
            throw new PreconditionFailedException("PROGRAMME_UNKNOWN", "programme_id",
                "Le financement de ce programme n'est pas encore ouvert (programme inconnu du service de financement).");
        }
        return new(envelope, counter, rules.ToDomain());
    }
}
