using System.Net;
using System.Net.Http.Headers;
using Defis.Dashboard.Telemetry;
using Defis.Testing;
using Google.Protobuf;
using Microsoft.Data.Sqlite;
using OpenTelemetry.Proto.Collector.Trace.V1;
using OpenTelemetry.Proto.Common.V1;
using OpenTelemetry.Proto.Trace.V1;

namespace Defis.Dashboard.Tests;

/// <summary>
/// The bounds under load, through the real receiver: many export requests keep the store at its row limit
/// (the oldest go, counted), and a stalled writer makes the receiver refuse with 503 rather than queue
/// without end (counted too), then everything it accepted is written.
/// </summary>
public sealed class IngestionBoundsTests
{
    private const int SpansPerRequest = 500;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Under_a_flood_of_spans_the_store_keeps_the_newest_up_to_its_limit_and_counts_the_rest()
    {
        await using var dashboard = await RunningDashboard.StartAsync(o => o with { Retention = new RetentionLimits(2_000, 100, 100, TimeSpan.FromDays(1)) });
        await dashboard.SignInAsync();
        using var http = new HttpClient { BaseAddress = dashboard.Server.OtlpHttpUrl };
        const int requests = 40;

        // Four senders at once, as four exporters would; a refused request is sent again, as exporters retry.
        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = TestContext.Current.CancellationToken },
            async (i, cancellationToken) =>
            {
                while (await ExportAsync(http, i, cancellationToken) == HttpStatusCode.ServiceUnavailable)
                {
                    await Task.Delay(50, cancellationToken);
                }
            });

        var stats = await Eventually.Until(() => dashboard.GetAsync<TelemetryStats>("/api/stats"),
            s => s.Spans + s.DroppedSpans == requests * SpansPerRequest, Patience, "every accepted span stored or counted as dropped");
        Assert.Equal((2_000L, (long)(requests * SpansPerRequest) - 2_000), (stats.Spans, stats.DroppedSpans));
        // The first request was among the first four to arrive: its spans were the oldest, so they went.
        Assert.Empty(await dashboard.GetAsync<List<TraceSummary>>($"/api/traces?traceId={TraceId(0, 0)}"));
        Assert.Equal(1_000, (await dashboard.GetAsync<List<TraceSummary>>("/api/traces?service=flood&limit=1000")).Count);
    }

    [Fact]
    public async Task A_stalled_writer_makes_the_receiver_refuse_rather_than_queue_and_each_refusal_is_counted()
    {
        await using var dashboard = await RunningDashboard.StartAsync(o => o with { IngestQueueCapacity = 2, IngestWait = TimeSpan.FromMilliseconds(100) });
        await dashboard.SignInAsync();
        using var http = new HttpClient { BaseAddress = dashboard.Server.OtlpHttpUrl };
        var cancellationToken = TestContext.Current.CancellationToken;
        var outcomes = new List<HttpStatusCode>();

        // Another connection holds the file's write lock: the writer blocks on its insert, as on a stalled disk.
        await using (var blocker = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(dashboard.Folder, "telemetry.db") }.ToString()))
        {
            await blocker.OpenAsync(cancellationToken);
            // Not deferred: BEGIN IMMEDIATE takes the write lock now.
            using var transaction = blocker.BeginTransaction(deferred: false);
            for (var i = 0; i < 20; i++)
            {
                outcomes.Add(await ExportAsync(http, i, cancellationToken));
            }
            await transaction.RollbackAsync(cancellationToken);
        }

        var accepted = outcomes.Count(o => o == HttpStatusCode.OK);
        var refused = outcomes.Count(o => o == HttpStatusCode.ServiceUnavailable);
        Assert.Equal(20, accepted + refused);
        // One request in the writer's hands and two queued at most: the rest waited 100 ms and were refused.
        Assert.InRange(accepted, 1, 3);
        var stats = await Eventually.Until(() => dashboard.GetAsync<TelemetryStats>("/api/stats"),
            s => s.Spans == accepted * SpansPerRequest, Patience, "what was accepted written once the lock is gone");
        Assert.Equal(refused, stats.RejectedRequests);
    }

    private static async Task<HttpStatusCode> ExportAsync(HttpClient http, int request, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(Request(request).ToByteArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        using var response = await http.PostAsync("/v1/traces", content, cancellationToken);
        return response.StatusCode;
    }

    /// <summary>One export request of <see cref="SpansPerRequest"/> root spans, each its own trace, later requests later in time.</summary>
    private static ExportTraceServiceRequest Request(int request)
    {
        var start = (ulong)DateTimeOffset.UtcNow.AddMinutes(-10).ToUnixTimeMilliseconds() * 1_000_000 + (ulong)request * 1_000_000_000;
        var scope = new ScopeSpans();
        for (var i = 0; i < SpansPerRequest; i++)
        {
            scope.Spans.Add(new Span
            {
                TraceId = ByteString.CopyFrom(Convert.FromHexString(TraceId(request, i))),
                SpanId = ByteString.CopyFrom(BitConverter.GetBytes((long)(request * SpansPerRequest + i + 1))),
                Name = "POST /api/v1/dossiers/{id}/submit",
                Kind = Span.Types.SpanKind.Server,
                StartTimeUnixNano = start + (ulong)i * 1_000,
                EndTimeUnixNano = start + (ulong)i * 1_000 + 500,
                Attributes = { new KeyValue { Key = "http.route", Value = new AnyValue { StringValue = "/api/v1/dossiers/{id}/submit" } } },
            });
        }
        return new ExportTraceServiceRequest
        {
            ResourceSpans =
            {
                new ResourceSpans
                {
                    Resource = new() { Attributes = { new KeyValue { Key = "service.name", Value = new AnyValue { StringValue = "flood" } } } },
                    ScopeSpans = { scope },
                },
            },
        };
    }

    private static string TraceId(int request, int span) => $"{request:x8}{span:x8}".PadLeft(32, 'f');
}
