using Defis.Dashboard.Resources;
using Defis.Dashboard.Telemetry;
using Microsoft.Extensions.Time.Testing;

namespace Defis.Dashboard.Tests;

public sealed class SecretMaskingTests
{
    [Theory]
    [InlineData("Authentication__Schemes__Bearer__SigningKeys__0__Value", "c2VjcmV0", SecretMasking.Mask)]
    [InlineData("Parameters__signing-key", "abc", SecretMasking.Mask)]
    [InlineData("SMTP_PASSWORD", "hunter2", SecretMasking.Mask)]
    [InlineData("CLIENT_SECRET", "s", SecretMasking.Mask)]
    [InlineData("GITHUB_TOKEN", "t", SecretMasking.Mask)]
    [InlineData("ConnectionStrings__submission-db", "Host=127.0.0.1;Port=5432;Username=postgres;Password=p@ss;Database=submission-db",
        "Host=127.0.0.1;Port=5432;Username=postgres;Password=••••••;Database=submission-db")]
    [InlineData("ConnectionStrings__legacy", "Server=x;User Id=u;Pwd=secret", "Server=x;User Id=u;Pwd=••••••")]
    [InlineData("ConnectionStrings__messaging", "amqp://guest:guest@127.0.0.1:5672", "amqp://guest:••••••@127.0.0.1:5672")]
    [InlineData("ConnectionStrings__cache", "127.0.0.1:6379", "127.0.0.1:6379")]
    [InlineData("OTEL_SERVICE_NAME", "submission", "submission")]
    [InlineData("services__jury__http__0", "http://127.0.0.1:5101", "http://127.0.0.1:5101")]
    public void Secrets_are_masked_and_the_rest_shown(string name, string value, string shown) =>
        Assert.Equal(shown, SecretMasking.Value(name, value));
}

public sealed class TelemetryFiltersTests
{
    [Theory]
    [InlineData("CB21-0001", "\"CB21-0001\"")]
    [InlineData("  dossier   déposé ", "\"dossier\" \"déposé\"")]
    [InlineData("a\"b OR c*", "\"a\"\"b\" \"OR\" \"c*\"")]
    public void Search_words_become_quoted_phrases(string text, string query) => Assert.Equal(query, TelemetryFilters.FtsQuery(text));

    [Fact]
    public void Levels_start_at_the_otlp_severity_of_each_level()
    {
        Assert.Equal([1, 5, 9, 13, 17, 21], new[] { "trace", "debug", "information", "warning", "error", "critical" }.Select(l => TelemetryFilters.Levels[l]));
        Assert.Equal(["trace", "debug", "information", "warning", "error", "critical"], new[] { 4, 8, 12, 16, 20, 24 }.Select(TelemetryNames.Level));
    }

    [Theory]
    [InlineData(5, 10, 0)]
    [InlineData(10, 10, 0)]
    [InlineData(13, 10, 3)]
    [InlineData(3, 0, 3)]
    public void Excess_is_what_must_go_to_fit(long count, long max, long excess) => Assert.Equal(excess, RetentionLimits.Excess(count, max));
}

public sealed class ConsoleLogBufferTests
{
    [Fact]
    public void Keeps_the_last_lines_per_resource_interleaved_in_arrival_order()
    {
        var buffer = new ConsoleLogBuffer(3, new FakeTimeProvider());
        foreach (var (resource, text) in new[] { ("jury", "j1"), ("gateway", "g1"), ("jury", "j2"), ("jury", "j3"), ("jury", "j4"), ("gateway", "g2") })
        {
            buffer.Add(resource, text);
        }
        Assert.Equal(["g1", "j2", "j3", "j4", "g2"], buffer.Read(null, 0, 100).Select(l => l.Text));
        Assert.Equal(["j2", "j3", "j4"], buffer.Read("jury", 0, 100).Select(l => l.Text));
        var after = buffer.Read(null, 0, 100)[2].Sequence;
        Assert.Equal(["j4", "g2"], buffer.Read(null, after, 100).Select(l => l.Text));
        Assert.Equal(["g2"], buffer.Read(null, 0, 1).Select(l => l.Text));
        Assert.Empty(buffer.Read("nobody", 0, 100));
    }
}

public sealed class TelemetryIngestTests
{
    [Fact]
    public async Task A_full_queue_refuses_after_a_short_wait_and_counts_it()
    {
        var ingest = new TelemetryIngest(capacity: 1, waitForRoom: TimeSpan.FromMilliseconds(50));
        var batch = TelemetryBatch.OfLogs([new LogRow(1, "svc", "", 9, "", "x", "{}", "", "")]);
        Assert.True(await ingest.TryEnqueueAsync(batch, TestContext.Current.CancellationToken));
        Assert.False(await ingest.TryEnqueueAsync(batch, TestContext.Current.CancellationToken));
        Assert.Equal((1L, 1L), (ingest.Rejected, ingest.UnsavedRejections));
        Assert.True(ingest.Reader.TryRead(out _));
        Assert.True(await ingest.TryEnqueueAsync(batch, TestContext.Current.CancellationToken));
        Assert.Equal((1L, 0L), (ingest.TakeUnsavedRejections(), ingest.UnsavedRejections));
    }
}
