using Defis.Contracts.Audit.V1;
using Defis.Contracts.Events;
using Defis.Contracts.Funding.V1;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.ServiceInfrastructure.Audit;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Defis.Funding.IntegrationTests.Audit;

/// <summary>
/// Issue 21's audit trail on real PostgreSQL, through the Funding service: every change is recorded with its actor and
/// trace in the change's own transaction, sealed into the hash chain, append-only in the database, and any entry
/// edited, removed or reordered behind its back — or a chain rewritten whole after a daily digest — is found.
/// </summary>
public sealed class AuditTrailTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly FundingPlatform _platform = new(infrastructure);

    /// <summary>
    /// These tests record the day's digest themselves, at the head they chose. The service's hourly pass also runs once
    /// at start-up, and on a slow machine that run could land after the test's first entries are sealed and record the
    /// day at a head the test did not choose.
    /// </summary>
    public async ValueTask InitializeAsync() =>
        await _platform.StartAsync(services => services.WithoutScheduledPass<AuditDigestPass<FundingDbContext>>());

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private AuditTrail.AuditTrailClient Staff => new(_platform.Host.Channel(TestTokens.For("staff-1", Roles.ProgrammeStaff)));

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_commitment_is_recorded_against_the_officer_with_its_trace_and_sealed_into_an_intact_chain()
    {
        var grantId = await CommittedGrantAsync();

        var entries = (await Staff.ListAuditEntriesAsync(new ListAuditEntriesRequest { Service = "funding", TargetId = grantId.ToString() },
            cancellationToken: Cancellation)).Entries;

        var commitment = Assert.Single(entries, e => e.ActorId == "officer-1" && e.TargetType == "Grant");
        Assert.Equal(("modified", "finance-officer"), (commitment.Action, commitment.ActorRole));
        Assert.Matches("^[0-9a-f]{32}$", commitment.TraceId);
        Assert.Contains(entries, e => e is { TargetType: "ExpenseLedger", Action: "created", ActorId: "officer-1" } && e.TraceId == commitment.TraceId);
        Assert.Contains("Status", commitment.Summary.Split(", "));
        var proposal = Assert.Single(entries, e => e is { Action: "created", TargetType: "Grant" });
        Assert.Equal((AuditActor.System, "événement DossierSelected"), (proposal.ActorId, proposal.ActorRole));
        Assert.All(entries, e => Assert.Equal(64, e.Hash.Length));
        Assert.True(proposal.Position < commitment.Position);
        var verification = await VerifyAsync();
        Assert.True(verification.Intact, string.Join(" | ", verification.Breaks.Select(b => b.Description)));
        Assert.Equal(0, verification.Unsealed);
        Assert.Equal(verification.EntriesChecked, verification.HeadPosition);
    }

    [Fact]
    public async Task A_change_that_rolls_back_leaves_no_entry()
    {
        var programmeId = await _platform.OpenProgrammeAsync(10_000_000);
        var before = await _platform.QueryAsync(db => db.AuditTrail.CountAsync());

        await Assert.ThrowsAsync<InvalidOperationException>(() => _platform.QueryAsync<int>(db => db.InTransactionAsync<int>(async () =>
        {
            var envelope = await db.Envelopes.SingleAsync(e => e.ProgrammeId == programmeId);
            db.Envelopes.Remove(envelope);
            await db.SaveChangesAsync(Cancellation);
            throw new InvalidOperationException("refusé");
        }, Cancellation)));

        Assert.Equal(before, await _platform.QueryAsync(db => db.AuditTrail.CountAsync()));
    }

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_a_sealed_entry()
    {
        await CommittedGrantAsync();

        var update = await Assert.ThrowsAsync<PostgresException>(() => SqlAsync("UPDATE audit_trail SET summary = 'rien' WHERE position = 1"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => SqlAsync("DELETE FROM audit_trail WHERE position = 1"));
        var truncate = await Assert.ThrowsAsync<PostgresException>(() => SqlAsync("TRUNCATE audit_trail"));

        Assert.All(new[] { update, delete, truncate }, e => Assert.Contains("append-only", e.MessageText));
        Assert.True((await VerifyAsync()).Intact);
    }

    public static TheoryData<string, string, long> Tamperings => new()
    {
        { "an edited entry", "UPDATE audit_trail SET actor_id = 'quelqu-un-d-autre' WHERE position = 2", 2 },
        { "a removed entry", "DELETE FROM audit_trail WHERE position = 3", 3 },
        { "two entries swapped", "UPDATE audit_trail SET position = -position WHERE position IN (2, 3); UPDATE audit_trail SET position = 5 + position WHERE position IN (-2, -3)", 2 },
        { "the last entries removed after the digest", "DELETE FROM audit_trail WHERE position > 2", 0 },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public async Task Verification_finds_what_was_done_behind_the_trail_s_back(string what, string tampering, long position)
    {
        await CommittedGrantAsync();
        var digested = await DigestHeadAsync();

        await BehindTheTriggerAsync(tampering);

        var verification = await VerifyAsync();
        Assert.False(verification.Intact, what);
        Assert.Contains(verification.Breaks, b => b.Position == (position == 0 ? digested : position));
    }

    [Fact]
    public async Task A_chain_rewritten_whole_with_fresh_hashes_no_longer_matches_the_digest_announced()
    {
        await CommittedGrantAsync();
        var digested = await DigestHeadAsync();

        await BehindTheTriggerAsync("UPDATE audit_trail SET actor_id = 'faussaire' WHERE position = 1");
        await RehashAsync();

        var verification = await VerifyAsync();
        Assert.False(verification.Intact);
        var rewritten = Assert.Single(verification.Breaks);
        Assert.Equal(digested, rewritten.Position);
        Assert.Contains("réécrite", rewritten.Description);
    }

    [Fact]
    public async Task The_daily_digest_is_recorded_and_announced_once()
    {
        await CommittedGrantAsync();

        var first = await RunDigestPassAsync();
        var second = await RunDigestPassAsync();

        Assert.Equal((1, 0), (first, second));
        var (digest, announced) = await _platform.QueryAsync(async db => (
            await db.AuditTrailDigests.AsNoTracking().SingleAsync(),
            await db.OutboxMessages.AsNoTracking().CountAsync(m => m.Type == IntegrationEventTypes.NameOf(typeof(AuditTrailDigestRecorded)))));
        Assert.Equal(1, announced);
        Assert.Equal((await VerifyAsync()).HeadPosition, digest.Position);
    }

    [Fact]
    public async Task Only_programme_staff_read_the_trail_and_only_of_the_service_called()
    {
        var officer = new AuditTrail.AuditTrailClient(_platform.Host.Channel(TestTokens.For("officer-1", Roles.FinanceOfficer)));

        var denied = await Assert.ThrowsAsync<RpcException>(() => officer.VerifyAuditTrailAsync(new VerifyAuditTrailRequest { Service = "funding" },
            cancellationToken: Cancellation).ResponseAsync);
        var elsewhere = await Assert.ThrowsAsync<RpcException>(() => Staff.VerifyAuditTrailAsync(new VerifyAuditTrailRequest { Service = "jury" },
            cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.NotFound), (denied.StatusCode, elsewhere.StatusCode));
    }

    public static TheoryData<string, ListAuditEntriesRequest, string[]> BadFilters => new()
    {
        { "page too large", new() { Service = "funding", PageSize = 501 }, ["page_size"] },
        { "negative page", new() { Service = "funding", PageSize = -1 }, ["page_size"] },
        { "forged page token", new() { Service = "funding", PageToken = "abc" }, ["page_token"] },
        {
            "period ending before it starts", new()
            {
                Service = "funding",
                From = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(FundingPlatform.Published),
                To = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(FundingPlatform.Published.AddDays(-1)),
            },
            ["to"]
        },
        { "everything at once", new() { Service = "funding", PageSize = 900, PageToken = "-4", TargetId = new string('x', 301) }, ["page_size", "page_token", "target_id"] },
    };

    [Theory]
    [MemberData(nameof(BadFilters))]
    public async Task Bad_filters_are_named_in_french(string what, ListAuditEntriesRequest request, string[] fields)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => Staff.ListAuditEntriesAsync(request, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        var violations = refused.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations;
        Assert.Equal(fields.Order(), violations.Select(v => v.Field).Order());
        Assert.All(violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description), what));
    }

    [Fact]
    public async Task Pages_walk_the_trail_newest_first_without_repeating_an_entry()
    {
        await CommittedGrantAsync();
        var all = (await Staff.ListAuditEntriesAsync(new ListAuditEntriesRequest { Service = "funding", PageSize = 500 }, cancellationToken: Cancellation)).Entries;

        var walked = new List<Defis.Contracts.Audit.V1.AuditEntry>();
        var token = "";
        do
        {
            var page = await Staff.ListAuditEntriesAsync(new ListAuditEntriesRequest { Service = "funding", PageSize = 2, PageToken = token },
                cancellationToken: Cancellation);
            walked.AddRange(page.Entries);
            token = page.NextPageToken;
        }
        while (token.Length > 0);

        Assert.True(all.Count > 2);
        Assert.Equal(all.Select(e => e.Position), walked.Select(e => e.Position));
        Assert.Equal(all.Select(e => e.Position).OrderDescending(), all.Select(e => e.Position));
    }

    private async Task<Guid> CommittedGrantAsync()
    {
        var programmeId = await _platform.OpenProgrammeAsync(10_000_000);
        var grantId = await _platform.ProposedGrantAsync(programmeId, Guid.CreateVersion7(), "Incubation");
        await _platform.Officer.CommitGrantAsync(new CommitGrantRequest { GrantId = grantId.ToString() }, cancellationToken: Cancellation);
        await _platform.UntilAsync(db => db.AuditTrail.CountAsync(e => e.Position == null), n => n == 0, "every entry sealed");
        return grantId;
    }

    private async Task<AuditTrailVerification> VerifyAsync() =>
        await Staff.VerifyAuditTrailAsync(new VerifyAuditTrailRequest { Service = "funding" }, cancellationToken: Cancellation);

    private async Task<int> RunDigestPassAsync()
    {
        await using var scope = _platform.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditDigestPass<FundingDbContext>>().RunAsync(Cancellation);
    }

    /// <summary>The day's digest recorded now (the pass records the day before today's): its position.</summary>
    private async Task<long> DigestHeadAsync()
    {
        Assert.Equal(1, await RunDigestPassAsync());
        return await _platform.QueryAsync(db => db.AuditTrailDigests.Select(d => d.Position).SingleAsync());
    }

    private Task SqlAsync(string sql) => _platform.QueryAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    /// <summary>What someone with the tables' owner rights can do: switch the trigger off, change rows, switch it on.</summary>
    private Task BehindTheTriggerAsync(string sql) =>
        SqlAsync($"ALTER TABLE audit_trail DISABLE TRIGGER USER; {sql}; ALTER TABLE audit_trail ENABLE TRIGGER USER;");

    /// <summary>A forger who recomputes every hash from the first entry on, so the chain is consistent in itself.</summary>
    private async Task RehashAsync()
    {
        var entries = await _platform.QueryAsync(db => db.AuditTrail.AsNoTracking().Where(e => e.Position != null).OrderBy(e => e.Position).ToListAsync());
        var previous = AuditChain.Genesis;
        var updates = new List<string>();
        foreach (var entry in entries)
        {
            var hash = AuditChain.Hash(entry, entry.Position!.Value, previous);
            updates.Add($"UPDATE audit_trail SET previous_hash = '{previous}', hash = '{hash}' WHERE position = {entry.Position}");
            previous = hash;
        }
        await BehindTheTriggerAsync(string.Join("; ", updates));
    }
}
