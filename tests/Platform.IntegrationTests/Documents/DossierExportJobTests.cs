using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Defis.Contracts.Submission.V1;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Platform.IntegrationTests.Documents;

/// <summary>
/// The dossiers export as a background job on real servers (docs/exports/dossiers.md): staff start it, it becomes ready,
/// its requester is told in French with the link, the file is the streamed export's, nobody else sees it, and once the
/// (moved) clock reaches its expiry the file is gone. Bad inputs name their fields.
/// </summary>
public sealed class DossierExportJobTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new();
    private readonly SkeletonPlatform _platform;
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);
    private readonly string _otherStaff = TestTokens.For("staff-anct", Roles.ProgrammeStaff);
    private readonly string _lead = TestTokens.For("agent-lyon", Roles.Applicant);

    public DossierExportJobTests(PlatformInfrastructure infrastructure) => _platform = new(infrastructure) { SubmissionClock = _clock };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_job_becomes_ready_its_requester_is_told_the_file_is_the_streamed_export_nobody_else_sees_it_and_it_expires()
    {
        await FiledDossierAsync();
        var http = _platform.Submission.Http(_staff);

        using var started = await http.PostAsJsonAsync("/api/v1/dossiers/exports/cb21/jobs", new { format = "csv" }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        var jobId = (await ReadAsync(started)).GetProperty("jobId").GetString()!;
        var path = $"/api/v1/dossiers/export-jobs/{jobId}";
        var job = await Eventually.Until(() => JobAsync(http, path), j => j.GetProperty("state").GetString() == "EXPORT_JOB_STATE_READY",
            TimeSpan.FromSeconds(30), "the export ready");

        var dossiers = await SubmissionAsync(db => db.Dossiers.CountAsync(d => d.ProgrammeCode == "CB21", Cancellation));
        Assert.Equal(("CB21", "csv", dossiers, dossiers), (job.GetProperty("programmeCode").GetString(), job.GetProperty("format").GetString(),
            job.GetProperty("rowsWritten").GetInt32(), job.GetProperty("rowsTotal").GetInt32()));
        Assert.Equal($"{path}/file", job.GetProperty("downloadPath").GetString());
        var readyAt = job.GetProperty("readyAt").GetDateTimeOffset();
        var expiresAt = job.GetProperty("expiresAt").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromHours(24), expiresAt - readyAt);

        var file = await http.GetStringAsync($"{path}/file", Cancellation);
        var streamed = await http.GetStringAsync("/api/v1/dossiers/exports/CB21", Cancellation);
        Assert.Equal(streamed, file);
        Assert.StartsWith("reference,statut,phase_retenue", file, StringComparison.Ordinal);

        var other = _platform.Submission.Http(_otherStaff);
        using var otherJob = await other.GetAsync(path, Cancellation);
        using var otherFile = await other.GetAsync($"{path}/file", Cancellation);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (otherJob.StatusCode, otherFile.StatusCode));

        var notice = Assert.Single(await Eventually.Until(() => InboxAsync("staff-ditp"), n => n.Count > 0, TimeSpan.FromSeconds(30), "the notice"));
        Assert.Equal("Export prêt : dossiers de l'appel CB21", notice.Subject);
        Assert.Contains($"Téléchargez-le ici : {path}/file", notice.Body, StringComparison.Ordinal);
        Assert.Contains("(heure de Paris)", notice.Body, StringComparison.Ordinal);
        Assert.Contains("staff-ditp@example.gouv.fr", await EmailedAsync(), StringComparer.Ordinal);
        Assert.Empty(await InboxAsync("staff-anct"));

        _clock.Offset = expiresAt - DateTimeOffset.UtcNow;
        var expired = await JobAsync(http, path);
        Assert.Equal(("EXPORT_JOB_STATE_EXPIRED", ""), (expired.GetProperty("state").GetString(), expired.GetProperty("downloadPath").GetString()));
        using var gone = await http.GetAsync($"{path}/file", Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
        var problem = await gone.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("EXPORT_EXPIRED", problem, StringComparison.Ordinal);
        Assert.Contains("a expiré le", problem, StringComparison.Ordinal);
        var id = Guid.Parse(jobId);
        await Eventually.Until(() => SubmissionAsync(db => db.ExportFileChunks.CountAsync(c => c.JobId == id, Cancellation)), n => n == 0,
            TimeSpan.FromSeconds(30), "the file's content deleted");
        Assert.Equal(Defis.Submission.Domain.ExportJobState.Expired,
            await SubmissionAsync(db => db.DossierExportJobs.Where(j => j.Id == id).Select(j => j.State).SingleAsync(Cancellation)));
    }

    [Fact]
    public async Task Bad_inputs_name_their_fields_an_unknown_call_or_job_is_not_found_and_others_than_staff_are_refused()
    {
        var http = _platform.Submission.Http(_staff);

        using var bad = await http.PostAsJsonAsync("/api/v1/dossiers/exports/CB-21!/jobs", new { format = "pdf" }, Cancellation);
        using var badId = await http.GetAsync("/api/v1/dossiers/export-jobs/pas-un-identifiant", Cancellation);
        using var badFileId = await http.GetAsync("/api/v1/dossiers/export-jobs/pas-un-identifiant/file", Cancellation);
        using var unknownCall = await http.PostAsJsonAsync("/api/v1/dossiers/exports/ZZ99/jobs", new { format = "xlsx" }, Cancellation);
        using var unknownJob = await http.GetAsync($"/api/v1/dossiers/export-jobs/{Guid.CreateVersion7()}", Cancellation);
        using var applicant = await _platform.Submission.Http(_lead).PostAsJsonAsync("/api/v1/dossiers/exports/CB21/jobs", new { }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("\"programmeCode\"", problem, StringComparison.Ordinal);
        Assert.Contains("\"format\"", problem, StringComparison.Ordinal);
        Assert.Contains("Format attendu", problem, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (badId.StatusCode, badFileId.StatusCode));
        Assert.Contains("\"jobId\"", await badId.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Contains("\"jobId\"", await badFileId.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (unknownCall.StatusCode, unknownJob.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, applicant.StatusCode);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).Clone();

    private static async Task<JsonElement> JobAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    private async Task<T> SubmissionAsync<T>(Func<SubmissionDbContext, Task<T>> query)
    {
        await using var scope = _platform.Submission.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SubmissionDbContext>());
    }

    private async Task<List<(string Subject, string Body)>> InboxAsync(string userId)
    {
        await using var scope = _platform.Notification.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        var rows = await db.InboxNotifications.AsNoTracking().Where(n => n.RecipientId == userId).Select(n => new { n.Subject, n.Body }).ToListAsync(Cancellation);
        return rows.Select(r => (r.Subject, r.Body)).ToList();
    }

    private async Task<List<string>> EmailedAsync()
    {
        await using var scope = _platform.Notification.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationDbContext>();
        return await db.Deliveries.AsNoTracking().Where(d => d.EventType == "DossierExportReady").Select(d => d.Recipient).ToListAsync(Cancellation);
    }

    private async Task FiledDossierAsync()
    {
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(_lead));
        var id = (await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation)).Id;
        await dossiers.UpdateDossierAsync(new UpdateDossierRequest { DossierId = id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);
        await dossiers.SubmitDossierAsync(new SubmitDossierRequest { DossierId = id }, cancellationToken: Cancellation);
    }
}
