using System.Diagnostics;

namespace Defis.Benchmarks.Dashboard;

/// <summary>
/// What one exporter batch carries: 512 ended spans (the OTLP exporter's batch size), in traces of 8 as a
/// request crossing the gateway and a service makes them, with the attributes ASP.NET Core and Npgsql set.
/// Built once and exported again and again: the receiver does not deduplicate, so each export is new work.
/// </summary>
public static class SampleSpans
{
    public const int BatchSize = 512;
    private const int SpansPerTrace = 8;

    public static Activity[] Build()
    {
        using var source = new ActivitySource("Defis.Benchmarks.Dashboard");
        using var listener = new ActivityListener
        {
            ShouldListenTo = s => s == source,
            Sample = (ref _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        var spans = new List<Activity>(BatchSize);
        while (spans.Count < BatchSize)
        {
            var root = source.StartActivity("POST /api/v1/dossiers/{id}/submit", ActivityKind.Server, parentContext: default)!;
            Tag(root, "http.request.method", "POST", "http.route", "/api/v1/dossiers/{id}/submit", "url.path", "/api/v1/dossiers/0193/submit",
                "http.response.status_code", "200", "server.address", "127.0.0.1", "network.protocol.version", "1.1");
            var children = new List<Activity>();
            for (var i = 1; i < SpansPerTrace; i++)
            {
                var child = source.StartActivity(i % 2 == 0 ? "postgresql" : "submit dossier", i % 2 == 0 ? ActivityKind.Client : ActivityKind.Internal, root.Context)!;
                Tag(child, "db.system.name", "postgresql", "db.namespace", "submission-db", "db.query.text", "UPDATE dossiers SET status = $1 WHERE id = $2",
                    "dossier.reference", $"CB21-{spans.Count + i:0000}");
                child.AddEvent(new ActivityEvent("checked", tags: new ActivityTagsCollection { ["checks"] = 7 }));
                child.Stop();
                children.Add(child);
            }
            root.Stop();
            spans.Add(root);
            spans.AddRange(children);
        }
        return [.. spans.Take(BatchSize)];
    }

    private static void Tag(Activity activity, params string[] pairs)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            activity.SetTag(pairs[i], pairs[i + 1]);
        }
    }
}
