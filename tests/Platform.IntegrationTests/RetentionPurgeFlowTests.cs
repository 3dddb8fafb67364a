using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Defis.Contracts.Events;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Domain;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using DomainStatus = Defis.Submission.Domain.DossierStatus;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// A closed call's dossiers on the real retention pass, clock moved forward (decision 0032): a dossier not selected and a
/// withdrawn one are warned once fourteen days before the call's retention lapses, then purged once on the day; a
/// dossier under instruction and a funded one are left alone.
/// </summary>
public sealed class RetentionPurgeFlowTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new();
    private readonly SkeletonPlatform _platform;
    private readonly string _lead = TestTokens.For("agent-lyon", Roles.Applicant);
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);

    public RetentionPurgeFlowTests(PlatformInfrastructure infrastructure) =>
        _platform = new(infrastructure) { PublishesOpenCall = false, SubmissionClock = _clock };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task Dossiers_no_duty_keeps_are_warned_once_then_purged_once_and_the_others_are_kept()
    {
        await _platform.PublishAsync(Requests.Cb21Like(closesAt: DateTimeOffset.UtcNow.AddMinutes(10)));
        var programmes = new Programmes.ProgrammesClient(_platform.Submission.Channel(_staff));
        Assert.Equal(24, (await programmes.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation)).Terms.RetentionMonths);
        var changed = await programmes.ChangeRetentionAsync(new ChangeRetentionRequest { Code = "CB21", RetentionMonths = 12 }, cancellationToken: Cancellation);
        Assert.Equal(12, changed.Terms.RetentionMonths);
        var notSelected = await FiledWithCoEditorAsync();
        var selected = await FiledAsync(DomainStatus.Selected);
        var underReview = await FiledAsync(DomainStatus.UnderReview);
        var withdrawn = await FiledAsync(DomainStatus.Withdrawn);
        await DecideAsync(notSelected, DomainStatus.NotSelected);

        MoveClockTo(DateTimeOffset.UtcNow.AddMinutes(11));
        var closedAt = await Eventually.Until(() => _platform.InSubmissionAsync(db => db.Programmes.Select(p => p.ClosedAt).SingleAsync(Cancellation)),
            c => c is not null, TimeSpan.FromSeconds(20), "the call closed");
        var lapses = DossierRetention.LapsesAt(closedAt!.Value, 12);
        MoveClockTo(lapses - DossierRetention.Notice - TimeSpan.FromMinutes(1));
        await Task.Delay(1500, Cancellation); // three passes, which owe nothing yet
        Assert.Empty(await _platform.SubmissionOutboxAsync<DossierPurgeWarned>(notSelected));

        MoveClockTo(lapses - DossierRetention.Notice);
        var warning = Assert.Single(await Eventually.Until(() => _platform.SubmissionOutboxAsync<DossierPurgeWarned>(notSelected), w => w.Count > 0,
            TimeSpan.FromSeconds(20), "the purge warning"));
        Assert.InRange(warning.PurgesAt, lapses, lapses.AddSeconds(20));
        Assert.Equal(("agent-lyon", "equipe.projet@ac-lyon.fr", "CB21"), (warning.LeadUserId, warning.ContactEmail, warning.ProgrammeCode));
        Assert.Equal(["claire.martin@example.gouv.fr"], warning.CoEditorEmails);
        Assert.Single(await Eventually.Until(() => _platform.SubmissionOutboxAsync<DossierPurgeWarned>(withdrawn), w => w.Count > 0,
            TimeSpan.FromSeconds(20), "the withdrawn dossier's warning"));
        await Task.Delay(1500, Cancellation); // more passes, which warn nobody twice
        Assert.Single(await _platform.SubmissionOutboxAsync<DossierPurgeWarned>(notSelected));
        var warnedAt = await DossierAsync(notSelected, d => d.PurgeWarnedAt);

        MoveClockTo(warning.PurgesAt - TimeSpan.FromMinutes(1));
        await Task.Delay(1500, Cancellation);
        Assert.Empty(await _platform.SubmissionOutboxAsync<DossierPurged>(notSelected));
        MoveClockTo(warning.PurgesAt);
        var purged = Assert.Single(await Eventually.Until(() => _platform.SubmissionOutboxAsync<DossierPurged>(notSelected), p => p.Count > 0,
            TimeSpan.FromSeconds(20), "the purge"));
        await Eventually.Until(() => _platform.SubmissionOutboxAsync<DossierPurged>(withdrawn), p => p.Count > 0, TimeSpan.FromSeconds(20), "the withdrawn dossier's purge");
        await Task.Delay(1500, Cancellation); // more passes, which purge nothing twice

        Assert.Equal((notSelected, "CB21", PurgeReason.Retention), (purged.DossierId, purged.ProgrammeCode, purged.Reason));
        Assert.Single(await _platform.SubmissionOutboxAsync<DossierPurged>(notSelected));
        var row = await DossierAsync(notSelected, d => new { d.Title, d.ContactEmail, d.CreatedBy, d.CoEditorEmails, d.Status, d.Reference, d.PurgedAt, d.PurgeWarnedAt });
        Assert.Equal(("Dossier supprimé", "", "", DomainStatus.NotSelected, warnedAt), (row.Title, row.ContactEmail, row.CreatedBy, row.Status, row.PurgeWarnedAt));
        Assert.Empty(row.CoEditorEmails);
        Assert.NotNull(row.Reference);
        Assert.NotNull(row.PurgedAt);
        foreach (var kept in new[] { selected, underReview })
        {
            Assert.Null(await DossierAsync(kept, d => d.PurgedAt));
            Assert.Empty(await _platform.SubmissionOutboxAsync<DossierPurgeWarned>(kept));
            Assert.Empty(await _platform.SubmissionOutboxAsync<DossierPurged>(kept));
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(61)]
    public async Task A_retention_out_of_bounds_is_refused_naming_retentionMonths_as_the_client_wrote_it(int months)
    {
        var terms = Google.Protobuf.JsonFormatter.Default.Format(Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)));
        var outOfBounds = JsonNode.Parse(terms)!;
        outOfBounds["retentionMonths"] = months;
        using var created = await PostAsync("/api/v1/programmes", outOfBounds.ToJsonString());
        using var ok = await PostAsync("/api/v1/programmes", terms);
        using var changed = await PostAsync("/api/v1/programmes/CB21/retention", $"{{\"retentionMonths\": {months}}}");

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        foreach (var refused in new[] { created, changed })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var json = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancellation));
            var violation = json.RootElement.GetProperty("details").EnumerateArray()
                .Single(d => d.TryGetProperty("fieldViolations", out _)).GetProperty("fieldViolations").EnumerateArray().Single();
            Assert.Equal("retentionMonths", violation.GetProperty("field").GetString());
            Assert.Equal($"Durée de conservation des dossiers entre 12 et 60 mois après la clôture (reçu : {months}).", violation.GetProperty("description").GetString());
        }
    }

    private Task<HttpResponseMessage> PostAsync(string path, string body) =>
        _platform.Submission.Http(_staff).PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);

    private void MoveClockTo(DateTimeOffset instant) => _clock.Offset = instant - TimeProvider.System.GetUtcNow();

    private Task<T> DossierAsync<T>(Guid id, System.Linq.Expressions.Expression<Func<Defis.Submission.Domain.Dossier, T>> select) =>
        _platform.InSubmissionAsync(db => db.Dossiers.AsNoTracking().Where(d => d.Id == id).Select(select).SingleAsync(Cancellation));

    private async Task<Guid> FiledWithCoEditorAsync()
    {
        var lead = new Dossiers.DossiersClient(_platform.Submission.Channel(_lead));
        var created = await lead.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        var content = Requests.CompleteContent();
        content.TeamMembers[0].Email = "claire.martin@example.gouv.fr";
        await lead.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = content }, cancellationToken: Cancellation);
        await lead.InviteCoEditorAsync(new InviteCoEditorRequest { DossierId = created.Id, Email = "claire.martin@example.gouv.fr" }, cancellationToken: Cancellation);
        await lead.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
        return Guid.Parse(created.Id);
    }

    private async Task<Guid> FiledAsync(DomainStatus status)
    {
        var lead = new Dossiers.DossiersClient(_platform.Submission.Channel(_lead));
        var created = await lead.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        await lead.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);
        await lead.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
        if (status == DomainStatus.Withdrawn)
        {
            await lead.WithdrawDossierAsync(new WithdrawDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
        }
        else
        {
            await DecideAsync(Guid.Parse(created.Id), status);
        }
        return Guid.Parse(created.Id);
    }

    /// <summary>Instruction and the jury's outcome are other services' flows: the domain's own steps stand in for them here.</summary>
    private Task DecideAsync(Guid id, DomainStatus status) => _platform.InSubmissionAsync(async db =>
    {
        var dossier = await db.Dossiers.SingleAsync(d => d.Id == id, Cancellation);
        var staff = Actor.Staff("staff-ditp");
        dossier.StartReview(staff, DateTimeOffset.UtcNow);
        if (status != DomainStatus.UnderReview)
        {
            dossier.Decide(staff, status == DomainStatus.Selected ? Defis.SharedKernel.Phase.Experimentation : null, null, DateTimeOffset.UtcNow);
        }
        return await db.SaveChangesAsync(Cancellation);
    });
}
