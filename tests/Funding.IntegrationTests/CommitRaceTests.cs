using Defis.Contracts.Funding.V1;
using Defis.Funding.Domain;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.IntegrationTests;

/// <summary>On real PostgreSQL: officers committing at the same moment never overspend the envelope, and events stay gap-free.</summary>
public sealed class CommitRaceTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const long GrantCents = 2_500_000;
    private readonly FundingPlatform _platform = new(infrastructure);

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Fifty_concurrent_commitments_for_room_for_ten_commit_exactly_ten()
    {
        var programmeId = await _platform.OpenProgrammeAsync(10 * GrantCents);
        var dossiers = Enumerable.Range(0, 50).Select(_ => Guid.CreateVersion7()).ToList();
        await Task.WhenAll(dossiers.Select(async d =>
        {
            await _platform.PublishAsync(FundingPlatform.Submitted(programmeId, d));
            await _platform.PublishAsync(FundingPlatform.Selected(programmeId, d, "Incubation"));
        }));
        var grants = await _platform.UntilAsync(db => db.Grants.AsNoTracking().Where(g => g.ProgrammeId == programmeId).Select(g => g.Id).ToListAsync(),
            ids => ids.Count == 50, "fifty grants proposed");

        var outcomes = await Task.WhenAll(grants.Select(CommitAsync));

        Assert.Equal(10, outcomes.Count(o => o is null));
        var refusals = outcomes.OfType<RpcException>().ToList();
        Assert.Equal(40, refusals.Count);
        Assert.All(refusals, e =>
        {
            Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
            Assert.Contains(e.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations, v => v.Type == "ENVELOPE");
        });
        var (envelope, committed) = await _platform.QueryAsync(async db => (
            await db.Envelopes.AsNoTracking().SingleAsync(e => e.ProgrammeId == programmeId),
            await db.Grants.AsNoTracking().Where(g => g.ProgrammeId == programmeId && g.Status == Domain.GrantStatus.Committed).ToListAsync()));
        Assert.Equal(10, committed.Count);
        Assert.Equal(envelope.Total, envelope.Committed);
        Assert.Equal(envelope.Committed.Cents, committed.Sum(g => g.Amount.Cents));
        await AssertGapFreeAsync(programmeId, expected: 50 + 10 + 10 + 2);
    }

    /// <summary>Proposals, commitments, their at-commitment tranches and the 80 % and 95 % thresholds: numbered 1…N, each with its outbox row.</summary>
    private async Task AssertGapFreeAsync(Guid programmeId, int expected)
    {
        var (sequences, lastSequence, outboxRows) = await _platform.QueryAsync(async db => (
            await db.FundingEvents.AsNoTracking().Where(e => e.ProgrammeId == programmeId).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync(),
            (await db.EventCounters.AsNoTracking().SingleAsync(c => c.ProgrammeId == programmeId)).LastSequence,
            await db.OutboxMessages.AsNoTracking().CountAsync(m => m.AggregateId == programmeId)));
        Assert.Equal(Enumerable.Range(1, expected).Select(i => (long)i), sequences);
        Assert.Equal(expected, lastSequence);
        Assert.Equal(expected, outboxRows);
    }

    private async Task<RpcException?> CommitAsync(Guid grantId)
    {
        try
        {
            await _platform.Officer.CommitGrantAsync(new CommitGrantRequest { GrantId = grantId.ToString() },
                cancellationToken: TestContext.Current.CancellationToken);
            return null;
        }
        catch (RpcException e)
        {
            return e;
        }
    }
}
