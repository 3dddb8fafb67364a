using Defis.Dashboard.Telemetry;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace Defis.Dashboard.Tests;

/// <summary>The SQLite store on its own: bounded by rows and by age, oldest first, counted, and kept across a restart.</summary>
public sealed class TelemetryStoreTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"defis-telemetry-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Beyond_the_row_limits_the_oldest_go_and_a_counter_says_how_many()
    {
        using (var store = new TelemetryStore(_file, new RetentionLimits(10, 4, 6, TimeSpan.FromDays(1)), _time))
        {
            store.Write([TelemetryBatch.OfSpans([.. Enumerable.Range(0, 8).Select(Span)])]);
            store.Write([TelemetryBatch.OfSpans([.. Enumerable.Range(8, 7).Select(Span)]), TelemetryBatch.OfLogs([.. Enumerable.Range(0, 6).Select(Log)])]);
            store.Write([TelemetryBatch.OfPoints([.. Enumerable.Range(0, 9).Select(Point)])]);
        }
        var queries = new TelemetryQueries(ConnectionString());
        Assert.Equal(Enumerable.Range(5, 10).Select(i => $"span {i}"), Names(queries));
        Assert.Equal(["log 5 dossier CB21-0005", "log 4 dossier CB21-0004", "log 3 dossier CB21-0003", "log 2 dossier CB21-0002"],
            queries.Logs(new LogFilter(null, 0, null, null, null, 100)).Select(l => l.Body));
        Assert.Empty(queries.Logs(new LogFilter(null, 0, "CB21-0001", null, null, 100)));
        Assert.Equal(new TelemetryStats(10, 4, 6, 5, 2, 3, 0), queries.Stats());
        Assert.Equal([3.0, 8.0], queries.Points("svc", "m", 100).Select(p => p.Value).Where(v => v is 3 or 8));
    }

    [Fact]
    public void Telemetry_older_than_the_maximum_age_goes_and_is_counted()
    {
        using var store = new TelemetryStore(_file, new RetentionLimits(100, 100, 100, TimeSpan.FromHours(1)), _time);
        store.Write([TelemetryBatch.OfSpans([Span(1) with { StartNs = NanosAgo(TimeSpan.FromHours(2)), EndNs = NanosAgo(TimeSpan.FromHours(2)) }, Span(2)])]);
        store.Write([TelemetryBatch.OfLogs([Log(1) with { TimeNs = NanosAgo(TimeSpan.FromHours(3)) }, Log(2) with { TimeNs = NanosAgo(TimeSpan.FromMinutes(1)) }])]);
        store.TrimByAge();
        var queries = new TelemetryQueries(store.ConnectionString);
        Assert.Equal(["span 2"], Names(queries));
        Assert.Empty(queries.Logs(new LogFilter(null, 0, "CB21-0001", null, null, 10)));
        Assert.Equal((1L, 1L), (queries.Stats().DroppedSpans, queries.Stats().DroppedLogs));
    }

    [Fact]
    public void Telemetry_and_counters_survive_a_restart_of_the_store()
    {
        var limits = new RetentionLimits(3, 10, 10, TimeSpan.FromDays(1));
        using (var store = new TelemetryStore(_file, limits, _time))
        {
            store.Write([TelemetryBatch.OfSpans([Span(1), Span(2), Span(3), Span(4)]), TelemetryBatch.OfLogs([Log(7)])], rejectedRequests: 2);
        }
        SqliteConnection.ClearAllPools();
        using (var reopened = new TelemetryStore(_file, limits, _time))
        {
            Assert.Equal(3, reopened.Rows("spans"));
            reopened.Write([TelemetryBatch.OfSpans([Span(5)])]);
        }
        var queries = new TelemetryQueries(ConnectionString());
        Assert.Equal(["span 3", "span 4", "span 5"], Names(queries));
        Assert.Equal("log 7 dossier CB21-0007", Assert.Single(queries.Logs(new LogFilter(null, 0, "CB21-0007", null, null, 10))).Body);
        Assert.Equal(new TelemetryStats(3, 1, 0, 2, 0, 0, 2), queries.Stats());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }.Where(File.Exists))
        {
            File.Delete(file);
        }
    }

    private static List<string> Names(TelemetryQueries queries) =>
        [.. queries.Traces(new TraceFilter(null, 0, null, null, null, 100)).OrderBy(t => t.StartMs).Select(t => t.RootName)];

    private string ConnectionString() => new SqliteConnectionStringBuilder { DataSource = _file }.ToString();

    private long NanosAgo(TimeSpan age) => (_time.GetUtcNow() - age).ToUnixTimeMilliseconds() * 1_000_000;

    private SpanRow Span(int i) => new(i.ToString("x32"), i.ToString("x16"), "", "svc", "scope", $"span {i}", 2,
        NanosAgo(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(i)), NanosAgo(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(i)) + 1_000, 0, "", "{}", "[]");

    private LogRow Log(int i) => new(NanosAgo(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(i)), "svc", "scope", 9, "Information", $"log {i} dossier CB21-{i:0000}", "{}", "", "");

    private PointRow Point(int i) => new("svc", "scope", "m", "1", "", "sum", NanosAgo(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(i)), i, null, "{}");
}
