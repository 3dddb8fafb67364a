using Defis.Contracts.Correspondence.V1;
using Defis.Contracts.Events;
using Defis.LocalServers;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>
/// Decision 0032 in Correspondence: on the purge, the dossier's thread, notes, files (their bytes too, quarantined or
/// not) and team go; another dossier of the same call keeps its own; the audit trail records the removals without values;
/// neither a second delivery nor a late event about the purged dossier recreates anything, and an upload to it is refused.
/// </summary>
public sealed class PurgeTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly CorrespondenceHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private T As<T>(string who, string role) where T : ClientBase<T> => (T)Activator.CreateInstance(typeof(T), _host.Service.Channel(TestTokens.For(who, role)))!;

    [Fact]
    public async Task The_purge_removes_the_dossiers_thread_notes_files_and_team_and_nothing_of_another_dossier()
    {
        var purged = await _host.FileDossierAsync("lead-p", "coeditor-p");
        var kept = await _host.FileDossierAsync("lead-k");
        await WriteAsync(purged, "lead-p");
        await As<Attachments.AttachmentsClient>("lead-p", Roles.Applicant).UploadAsync(purged, "virus.txt", ClamdFolder.EicarTestFile(), Cancellation);
        await _host.ScanPendingAsync();
        await _host.DeliverAsync(new ReviewerAssigned(Guid.CreateVersion7(), purged, "CB21-0042", "CB21", "juror-p", DateTimeOffset.UtcNow) { OccurredAt = DateTimeOffset.UtcNow });
        var keptFile = await WriteAsync(kept, "lead-k");
        Assert.Equal((1, 1, 2, 1, 1), await RowsAboutAsync(purged));
        var keptRows = await RowsAboutAsync(kept);
        Assert.Equal(3, await _host.LargeObjectCountAsync());

        await _host.DeliverAsync(Purged(purged));

        Assert.Equal((0, 0, 0, 0, 0), await RowsAboutAsync(purged));
        Assert.Equal((1, 1), (await _host.WithDbAsync(db => db.Contents.CountAsync(Cancellation)), await _host.LargeObjectCountAsync()));
        Assert.Equal(keptRows, await RowsAboutAsync(kept));
        Assert.Equal(Uploads.Pdf(), (await As<Attachments.AttachmentsClient>("lead-k", Roles.Applicant).DownloadAsync(keptFile, Cancellation)).Content);
        var gone = await Assert.ThrowsAsync<RpcException>(() => As<Threads.ThreadsClient>("staff-p", Roles.ProgrammeStaff)
            .ListMessagesAsync(new ListMessagesRequest { DossierId = purged.ToString() }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_audit_trail_records_each_removal_by_type_and_id_without_values()
    {
        var dossierId = await _host.FileDossierAsync("lead-a");
        var fileId = await WriteAsync(dossierId, "lead-a");

        await _host.DeliverAsync(Purged(dossierId));

        var entries = await _host.WithDbAsync(db => db.AuditTrail.AsNoTracking().Where(e => e.ActorRole == "événement DossierPurged").ToListAsync(Cancellation));
        Assert.Equal(
            ["created PurgedDossier", "deleted Annotation", "deleted Attachment", "deleted AttachmentContent", "deleted Message", "deleted TeamRow"],
            entries.Select(e => $"{e.Action} {e.TargetType}").Order(StringComparer.Ordinal));
        Assert.Equal(2, entries.Count(e => e.TargetId == fileId));
        Assert.Equal(2, entries.Count(e => e.TargetId == dossierId.ToString()));
        Assert.All(entries, e => Assert.Equal("", e.Summary));
    }

    [Fact]
    public async Task A_second_delivery_and_later_events_about_the_purged_dossier_recreate_nothing()
    {
        var dossierId = await _host.FileDossierAsync("lead-l", "coeditor-l");
        var purge = Purged(dossierId);
        await _host.DeliverAsync(purge);
        var trail = await _host.WithDbAsync(db => db.AuditTrail.CountAsync(Cancellation));

        await _host.DeliverAsync(purge);
        await _host.DeliverAsync(purge with { EventId = Guid.CreateVersion7(), Reason = PurgeReason.Erasure });
        await _host.DeliverAsync(new DossierResubmitted(dossierId, "CB21-0042", 5_000_000, "lead-l", ["coeditor-l@example.gouv.fr"]) { OccurredAt = DateTimeOffset.UtcNow });
        await _host.DeliverAsync(new DossierReturnedForCorrection(dossierId, "CB21", "CB21-0042", "Guichet unique des aidants", ["Le budget est incomplet."],
            null, "lead-l", "lead-l@example.gouv.fr", []) { OccurredAt = DateTimeOffset.UtcNow });
        await _host.DeliverAsync(new ReviewerAssigned(Guid.CreateVersion7(), dossierId, "CB21-0042", "CB21", "juror-l", DateTimeOffset.UtcNow) { OccurredAt = DateTimeOffset.UtcNow });

        Assert.Equal((0, 0, 0, 0, 0), await RowsAboutAsync(dossierId));
        Assert.Equal(trail, await _host.WithDbAsync(db => db.AuditTrail.CountAsync(Cancellation)));
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            As<Attachments.AttachmentsClient>("lead-l", Roles.Applicant).UploadAsync(dossierId, "budget.pdf", Uploads.Pdf(), Cancellation));
        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
        Assert.Equal(0, await _host.LargeObjectCountAsync());
    }

    private static DossierPurged Purged(Guid dossierId) => new(dossierId, "CB21", PurgeReason.Retention) { OccurredAt = DateTimeOffset.UtcNow };

    /// <summary>A file from the lead, and staff's message carrying it and note on the dossier; the file's id.</summary>
    private async Task<string> WriteAsync(Guid dossierId, string lead)
    {
        var file = await As<Attachments.AttachmentsClient>(lead, Roles.Applicant).UploadAsync(dossierId, "budget.pdf", Uploads.Pdf(), Cancellation);
        await As<Threads.ThreadsClient>("staff-p", Roles.ProgrammeStaff).PostMessageAsync(new PostMessageRequest
        {
            DossierId = dossierId.ToString(), Body = "Merci pour le budget.", AttachmentIds = { file.Id },
        }, cancellationToken: Cancellation);
        await As<Annotations.AnnotationsClient>("staff-p", Roles.ProgrammeStaff)
            .AddAnnotationAsync(new AddAnnotationRequest { DossierId = dossierId.ToString(), Body = "Porteur joignable le matin." }, cancellationToken: Cancellation);
        return file.Id;
    }

    /// <summary>The dossier's team, messages (its correction requests included), files, notes and jurors.</summary>
    private Task<(int Teams, int Messages, int Files, int Notes, int Jurors)> RowsAboutAsync(Guid dossierId) => _host.WithDbAsync(async db => (
        await db.Teams.CountAsync(t => t.DossierId == dossierId, Cancellation),
        await db.Messages.CountAsync(m => m.DossierId == dossierId, Cancellation),
        await db.Attachments.CountAsync(a => a.DossierId == dossierId, Cancellation),
        await db.Annotations.CountAsync(a => a.DossierId == dossierId, Cancellation),
        await db.Reviewers.CountAsync(r => r.DossierId == dossierId, Cancellation)));
}
