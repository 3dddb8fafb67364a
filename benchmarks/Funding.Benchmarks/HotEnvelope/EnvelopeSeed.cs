using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Defis.Funding.Outgoing;
using Defis.Funding.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Benchmarks.HotEnvelope;

/// <summary>
/// A programme whose envelope has room for exactly <c>room</c> grants, and <c>grants</c> proposed grants of
/// laureates selected for incubation, written as the service's own consumers write them (rules, envelope,
/// counter, selection, proposal and its numbered GrantProposed event with its outbox row). Written straight
/// to the database: proposing thousands of grants through the broker would only slow the set-up down.
/// </summary>
public static class EnvelopeSeed
{
    public const long GrantCents = 2_500_000;
    private const int Batch = 500;

    public static async Task<(Guid ProgrammeId, List<Guid> Grants)> OpenAsync(IServiceProvider services, int room, int grants, CancellationToken cancellationToken)
    {
        var programmeId = Guid.CreateVersion7();
        await InScopeAsync(services, async db =>
        {
            db.ProgrammeRules.Add(new ProgrammeRules
            {
                ProgrammeId = programmeId,
                Code = "BENCH",
                Ranges = [new StoredPhaseRange(Phase.Incubation, 1, GrantCents, GrantCents)],
            });
            db.Envelopes.Add(Envelope.Open(programmeId, new Money(room * GrantCents)));
            db.EventCounters.Add(new ProgrammeEventCounter(programmeId));
            await db.SaveChangesAsync(cancellationToken);
        });
        var ids = new List<Guid>(grants);
        for (var done = 0; done < grants; done += Batch)
        {
            var count = Math.Min(Batch, grants - done);
            await InScopeAsync(services, async db => ids.AddRange(await ProposeAsync(db, programmeId, count, cancellationToken)));
        }
        return (programmeId, ids);
    }

    private static async Task<List<Guid>> ProposeAsync(FundingDbContext db, Guid programmeId, int count, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var books = await db.LockProgrammeAsync(programmeId, cancellationToken);
        var ids = new List<Guid>(count);
        var events = new List<FundingEvent>(count);
        for (var i = 0; i < count; i++)
        {
            var dossierId = Guid.CreateVersion7();
            db.JuryOutcomes.Add(new JuryOutcome { DossierId = dossierId, Phase = Phase.Incubation, ProgrammeId = programmeId, DecisionId = Guid.CreateVersion7(), Revision = 1, DecidedAt = DateTimeOffset.UtcNow, DecidedBy = "jury-president", Selected = true });
            var (grant, proposed) = Grant.Propose(new LaureateSelection(programmeId, dossierId, Phase.Incubation), Money.Zero, Collectivity.Single,
                books.Rules, books.Change("jury-president", DateTimeOffset.UtcNow));
            db.Grants.Add(grant);
            events.Add(proposed);
            ids.Add(grant.Id);
        }
        // One save for the batch: saving each proposal would scan every entity tracked so far, quadratic in the batch.
        await db.RecordAsync(events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ids;
    }

    public static async Task InScopeAsync(IServiceProvider services, Func<FundingDbContext, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<FundingDbContext>());
    }

    /// <summary>Waits until the outbox relay has published every event written so far, so the measured window starts quiet.</summary>
    public static async Task UntilOutboxDrainedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var pending = 1;
        while (pending > 0)
        {
            await InScopeAsync(services, async db => pending = await db.OutboxMessages.CountAsync(m => m.PublishedAt == null, cancellationToken));
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
