using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Defis.Platform.IntegrationTests.Documents;

/// <summary>
/// The dossiers export on real PostgreSQL, over REST as staff download it: a formula a team typed comes out as text in
/// CSV and XLSX; bad filters name their fields. The time and memory of a 10,000-dossier export are measured, not asserted
/// (docs/benchmarks/dossier-export.md).
/// </summary>
public sealed class DossierExportTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Formula = "=HYPERLINK(\"https://exemple.invalid\";\"Cliquez\")";
    private readonly SkeletonPlatform _platform = new(infrastructure);
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);
    private readonly string _lead = TestTokens.For("agent-lyon", Roles.Applicant);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_formula_typed_by_a_team_comes_out_as_text_in_csv_and_xlsx()
    {
        await FiledDossierAsync(Formula);
        var http = _platform.Submission.Http(_staff);

        using var csv = await http.GetAsync("/api/v1/dossiers/exports/CB21", Cancellation);
        using var xlsx = await http.GetAsync("/api/v1/dossiers/exports/cb21?format=xlsx", Cancellation);

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = await csv.Content.ReadAsStringAsync(Cancellation);
        Assert.StartsWith("reference,statut,phase_retenue,depose_le", text, StringComparison.Ordinal);
        Assert.Contains(",\"'=HYPERLINK(\"\"https://exemple.invalid\"\";\"\"Cliquez\"\")\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var sheet = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Cancellation));
        var row = Assert.Single(sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object>>());
        Assert.Equal("'" + Formula, row["titre"]);
        Assert.Equal("CB21-0001", row["reference"]);
        Assert.Equal(9_000_000d, Convert.ToDouble(row["montant_demande_centimes"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Bad_filters_name_their_fields_others_than_staff_are_refused_and_an_unknown_call_is_not_found()
    {
        using var bad = await _platform.Submission.Http(_staff).GetAsync("/api/v1/dossiers/exports/CB-21!?format=pdf", Cancellation);
        using var unknown = await _platform.Submission.Http(_staff).GetAsync("/api/v1/dossiers/exports/ZZ99", Cancellation);
        using var applicant = await _platform.Submission.Http(_lead).GetAsync("/api/v1/dossiers/exports/CB21", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("programmeCode", problem, StringComparison.Ordinal);
        Assert.Contains("format", problem, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
    }

    [Fact]
    public async Task Ten_thousand_dossiers_stream_out_and_the_cost_is_measured()
    {
        var template = await FiledDossierAsync("Accueillir les parents allophones à l'école");
        await CopiesAsync(template, 10_000);
        var http = _platform.Submission.Http(_staff);
        http.Timeout = TimeSpan.FromMinutes(5);

        var csv = await MeasureAsync(http, "/api/v1/dossiers/exports/CB21");
        var xlsx = await MeasureAsync(http, "/api/v1/dossiers/exports/CB21?format=xlsx");

        // The header, the 10,000 copies, and whatever the demo seed filed in CB21 (some with line breaks in their texts).
        Assert.True(csv.Lines > 10_000, $"{csv.Lines} lines");
        var report = $"""
            machine: {Environment.ProcessorCount} logical CPUs ({Machine()}), {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_048_576} MiB available to .NET, {Environment.OSVersion}, .NET {Environment.Version}
            csv:  {csv}
            xlsx: {xlsx}
            """;
        TestContext.Current.SendDiagnosticMessage(report);
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "defis-dossier-export-measure.txt"), report, Cancellation);
    }

    private sealed record Measure(long Bytes, int Lines, TimeSpan Elapsed, long ResidentBeforeMiB, long ResidentPeakMiB, long AllocatedMiB, long HeapAfterMiB)
    {
        public override string ToString() =>
            $"{Bytes / 1024} KiB, {Elapsed.TotalSeconds:0.00} s, resident {ResidentBeforeMiB} → peak {ResidentPeakMiB} MiB, allocated {AllocatedMiB} MiB, heap after {HeapAfterMiB} MiB";
    }

    /// <summary>Downloads while sampling the process's resident memory (the service runs in this process) every 10 ms.</summary>
    private static async Task<Measure> MeasureAsync(HttpClient http, string path)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        using var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64;
        var peak = before;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
                await Task.Delay(10, CancellationToken.None);
            }
        }, CancellationToken.None);
        var clock = Stopwatch.StartNew();
        using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, Cancellation);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(Cancellation);
        var (bytes, lines) = await CountAsync(body);
        clock.Stop();
        await sampling.CancelAsync();
        await sampler;
        return new Measure(bytes, lines, clock.Elapsed, before / 1_048_576, peak / 1_048_576,
            (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1_048_576, GC.GetTotalMemory(forceFullCollection: true) / 1_048_576);
    }

    /// <summary>Reads the download in 64 KiB pieces, keeping only counts: the client holds nothing either.</summary>
    private static async Task<(long Bytes, int Lines)> CountAsync(Stream body)
    {
        var buffer = new byte[64 * 1024];
        var (bytes, lines) = (0L, 0);
        int read;
        while ((read = await body.ReadAsync(buffer, Cancellation)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return (bytes, lines);
    }

    /// <summary>Copies the filed dossier in SQL (new id, new reference), so that 10,000 rows exist in seconds.</summary>
    private async Task CopiesAsync(Guid template, int total)
    {
        await using var scope = _platform.Submission.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var columns = await db.Database.SqlQuery<string>(
            $"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = 'dossiers' AND table_schema = current_schema()").ToListAsync(Cancellation);
        var targets = string.Join(", ", columns.Select(c => $"\"{c}\""));
        var values = string.Join(", ", columns.Select(c => c switch
        {
            "id" => "gen_random_uuid()",
            "reference" => "'CB21-' || lpad(g::text, 5, '0')",
            _ => $"d.\"{c}\"",
        }));
#pragma warning disable EF1002 // the column names come from the database's own catalogue, not from a caller
        await db.Database.ExecuteSqlRawAsync(
            $"INSERT INTO dossiers ({targets}) SELECT {values} FROM dossiers d, generate_series(2, {total}) g WHERE d.id = '{template}'", Cancellation);
#pragma warning restore EF1002
    }

    private async Task<Guid> FiledDossierAsync(string title)
    {
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(_lead));
        var id = (await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation)).Id;
        var content = Requests.CompleteContent();
        content.Title = title;
        await dossiers.UpdateDossierAsync(new UpdateDossierRequest { DossierId = id, Content = content }, cancellationToken: Cancellation);
        await dossiers.SubmitDossierAsync(new SubmitDossierRequest { DossierId = id }, cancellationToken: Cancellation);
        return Guid.Parse(id);
    }

    private static string Machine()
    {
        var model = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? "unknown CPU";
    }
}
