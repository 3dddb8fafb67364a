using System.Collections.Concurrent;
using System.Diagnostics;
using Defis.Benchmarking;
using Defis.Contracts.Funding.V1;
using Defis.ServiceDefaults.Security;
using Google.Rpc;
using Grpc.Core;
using FundingClient = Defis.Contracts.Funding.V1.Funding.FundingClient;

namespace Defis.Funding.Benchmarks.HotEnvelope;

/// <summary>What the officers saw: commitments accepted, refused for lack of room, and anything else (which fails the run).</summary>
public sealed record OfficerOutcome(int Committed, int EnvelopeRefusals, IReadOnlyList<string> OtherErrors, TimeSpan LastCommitAt, TimeSpan Elapsed)
{
    /// <summary>Commitments per second until the envelope was full (refusals after that are cheap and would flatter the rate).</summary>
    public double CommitsPerSecond => Committed / LastCommitAt.TotalSeconds;
}

/// <summary>
/// <c>officers</c> finance officers, each with its own connection, committing the proposed grants through the
/// service's CommitGrant RPC (the real path: programme row lock, domain decision, events, outbox) as fast
/// as the service takes them, every grant once, all against one envelope.
/// </summary>
public static class OfficerLoad
{
    public static async Task<OfficerOutcome> RunAsync(BenchmarkHost host, IReadOnlyList<Guid> grants, int officers)
    {
        var queue = new ConcurrentQueue<Guid>(grants);
        var errors = new ConcurrentBag<string>();
        int committed = 0, refused = 0;
        long lastCommitTicks = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, officers).Select(async officer =>
        {
            using var channel = host.Channel($"officer-{officer}", Roles.FinanceOfficer);
            var client = new FundingClient(channel);
            while (queue.TryDequeue(out var grantId))
            {
                switch (await CommitAsync(client, grantId))
                {
                    case null:
                        Interlocked.Increment(ref committed);
                        InterlockedMax(ref lastCommitTicks, clock.Elapsed.Ticks);
                        break;
                    case "ENVELOPE":
                        Interlocked.Increment(ref refused);
                        break;
                    case var other:
                        errors.Add(other);
                        break;
                }
            }
        }));
        return new OfficerOutcome(committed, refused, [.. errors], TimeSpan.FromTicks(lastCommitTicks), clock.Elapsed);
    }

    /// <summary>Null when committed; the precondition's type (ENVELOPE when the envelope has no room) or the error otherwise.</summary>
    private static async Task<string?> CommitAsync(FundingClient client, Guid grantId)
    {
        try
        {
            await client.CommitGrantAsync(new CommitGrantRequest { GrantId = grantId.ToString() });
            return null;
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
        {
            var violations = e.GetRpcStatus()?.GetDetail<PreconditionFailure>()?.Violations;
            return violations?.FirstOrDefault()?.Type ?? e.Status.Detail;
        }
        catch (RpcException e)
        {
            return $"{e.StatusCode}: {e.Status.Detail}";
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Interlocked.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }
            current = seen;
        }
    }
}
