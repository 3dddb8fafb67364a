using Defis.AppHost.Tests.Browser;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    // Services export spans in batches every few seconds, and the consumer runs after the outbox relay.
    private static readonly TimeSpan TraceBound = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The trace id the gateway gave for the first team's filing leads, in the dashboard, to one trace that goes from
    /// the gateway to Submission, through the broker (the outbox relay's publish) to Notification's consumer (and the
    /// other services' consumers of DossierSubmitted).
    /// </summary>
    private async Task CheckTraceAsync(Cast call, AspirePlatform host)
    {
        using var dashboard = new DashboardTrace(host);
        var spans = await Poll.UntilAsync(() => dashboard.SpansAsync(call.First.TraceId, Cancellation), HasWholePath, TraceBound,
            $"trace {call.First.TraceId} spanning gateway, submission, the broker and notification", Cancellation);
        output.WriteLine($"Trace {call.First.TraceId}: {string.Join(", ", spans)}");
        Assert.Contains(spans, s => s is { Service: "gateway", Kind: "server" });
        Assert.Contains(spans, s => s is { Service: "submission", Kind: "server" } && s.Name.Contains("submit", StringComparison.OrdinalIgnoreCase));

        // The same trace as an SRE finds it: in the Aspire dashboard's trace page, by the id, in a real browser.
        await new DashboardBrowser(output).FindTraceAsync(host, call.First.TraceId);
    }

    /// <summary>The request through the gateway into Submission, the outbox relay's publish of DossierSubmitted, and every consumer of it.</summary>
    private static bool HasWholePath(IReadOnlyList<DashboardTrace.Span> spans) =>
        spans.Any(s => s is { Service: "gateway", Kind: "server" })
        && spans.Any(s => s is { Service: "submission", Kind: "server" })
        && spans.Any(s => s is { Service: "submission", Kind: "producer" } && s.Name.Contains("DossierSubmitted", StringComparison.Ordinal))
        && new[] { "notification", "jury", "funding", "accompaniment" }.All(service =>
            spans.Any(s => s.Service == service && s.Kind == "consumer" && s.Name.Contains("dossier-submitted", StringComparison.Ordinal)));
}
