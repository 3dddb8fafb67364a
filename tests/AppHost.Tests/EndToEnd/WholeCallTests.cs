using System.Diagnostics;
using Defis.Client;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>
/// A whole call, end to end, against the platform as the AppHost runs it, through the gateway only and with the SDK:
/// staff publish a call with the 2021 terms; two teams file (one refused first, precisely, then fixed); a juror in
/// conflict is never assigned; jurors score; the president releases the decisions; finance commits the grant and a
/// ministry's own queue receives GrantCommitted; the coach validates a milestone and its tranche is paid; both teams'
/// inboxes and mailboxes hold the French notices; the filing's trace runs gateway → submission → broker → notification,
/// read back from the dashboard's API and found by its id in the dashboard's page in a real browser.
/// One test method: the platform starts once. Bounds are generous for a loaded 2-core machine.
/// </summary>
public sealed partial class WholeCallTests(ITestOutputHelper output)
{
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(5);
    // Events cross the outbox relay, the broker and the consumer's inbox: seconds usually, much more under load.
    private static readonly TimeSpan EventBound = TimeSpan.FromMinutes(2);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact(Timeout = 25 * 60 * 1000)]
    public async Task A_call_runs_from_publication_to_the_tranche_paid_on_a_validated_milestone()
    {
        await using var host = AppHostProcess.Start();
        try
        {
            var state = await WaitForHealthyAsync(host);
            using var door = new PlatformDoor(host, state);
            await using var ministry = await MinistryQueue.BindAsync(new Uri(state["messaging"].Urls["tcp"]), TestContext.Current.CancellationToken);
            var call = new Cast(door);

            await PublishCallAsync(call);
            await SetUpJuryAsync(call);
            await SetUpMoneyAndCoachingAsync(call);
            await FileDossiersAsync(call);
            await CheckConflictedJurorAsync(call);
            await ScoreAsync(call);
            await DecideAsync(call);
            await CommitGrantAsync(call, ministry);
            await ValidateMilestoneAsync(call, ministry);
            await CheckInboxesAsync(call);
            await CheckMailsAsync(call, host);
            await CheckTraceAsync(call, host);
        }
        catch
        {
            output.WriteLine("AppHost output (last lines):");
            output.WriteLine(host.Output);
            throw;
        }
    }

    /// <summary>Everyone who acts in the call, each signed in with their own demo account.</summary>
    private sealed class Cast(PlatformDoor door)
    {
        public DefisClient Staff { get; } = door.As("demo-ditp");
        public DefisClient FirstTeam { get; } = door.As("demo-porteur-1");
        public DefisClient SecondTeam { get; } = door.As("demo-porteur-2");
        public DefisClient ConflictedJuror { get; } = door.As("demo-jure-1");
        public DefisClient Juror { get; } = door.As("demo-jure-2");
        public DefisClient President { get; } = door.As("demo-president");
        public DefisClient Finance { get; } = door.As("demo-finance");
        public DefisClient Coach { get; } = door.As("demo-coach");
        public DefisClient Ministry { get; } = door.Ministry();

        public string Code { get; } = WholeCallData.NewCode();
        public string ProgrammeId { get; set; } = "";
        public string PanelId { get; set; } = "";
        public Filed First { get; set; } = null!;
        public Filed Second { get; set; } = null!;
        public string GrantId { get; set; } = "";

        public DefisClient JurorNamed(string userId) => userId switch
        {
            "demo-jure-1" => ConflictedJuror,
            "demo-jure-2" => Juror,
            "demo-president" => President,
            _ => throw new ArgumentOutOfRangeException(nameof(userId), userId, "Not a juror of the panel."),
        };
    }

    /// <summary>A filed dossier: its id, reference, contact address and the trace id of its filing.</summary>
    private sealed record Filed(string Id, string Reference, string ContactEmail, string TraceId);

    private async Task<AppHostState> WaitForHealthyAsync(AppHostProcess host)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartBound)
        {
            Assert.False(host.HasExited, "The AppHost exited before every resource was healthy.");
            if (host.State() is { AllHealthy: true } state)
            {
                output.WriteLine($"All healthy {state.StartupSeconds} s after start.");
                return state;
            }
            await Task.Delay(500, Cancellation);
        }
        throw new TimeoutException("Not every resource healthy within " + StartBound + ": " +
            string.Join(", ", host.State()?.Resources.Select(r => $"{r.Name}={r.State}/{r.Health}") ?? ["(no state)"]));
    }
}
