using Defis.Contracts.Correspondence.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>
/// The dossier's rules as a table: its team (lead by id, co-editor by e-mail) and programme staff see its files and
/// thread; a juror assigned to it reads its files only (no longer once unassigned); staff alone see its annotations;
/// anyone else gets NOT_FOUND, as for a dossier that does not exist.
/// </summary>
public sealed class AccessTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly CorrespondenceHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private Guid _dossierId;

    public async ValueTask InitializeAsync()
    {
        await _host.StartAsync();
        _dossierId = await _host.FileDossierAsync("lead-a", "coeditor-a");
        await _host.DeliverAsync(new ReviewerAssigned(Guid.CreateVersion7(), _dossierId, "CB21-0042", "CB21", "juror-assigned", DateTimeOffset.UtcNow)
            { OccurredAt = DateTimeOffset.UtcNow });
        var ended = Guid.CreateVersion7();
        await _host.DeliverAsync(new ReviewerAssigned(ended, _dossierId, "CB21-0042", "CB21", "juror-unassigned", DateTimeOffset.UtcNow)
            { OccurredAt = DateTimeOffset.UtcNow });
        await _host.DeliverAsync(new ReviewerUnassigned(ended, _dossierId, "CB21-0042", "juror-unassigned", "conflict")
            { OccurredAt = DateTimeOffset.UtcNow });
        await Client<Annotations.AnnotationsClient>("staff-a", Roles.ProgrammeStaff)
            .AddAnnotationAsync(new AddAnnotationRequest { DossierId = _dossierId.ToString(), Body = "Budget à revoir avec la préfecture." }, cancellationToken: Cancellation);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    public static TheoryData<string, string, bool, bool, bool> Callers => new()
    {
        // who, role, reads files, sees the thread, sees annotations
        { "lead-a", Roles.Applicant, true, true, false },
        { "coeditor-a", Roles.Applicant, true, true, false },
        { "staff-a", Roles.ProgrammeStaff, true, true, true },
        { "juror-assigned", Roles.Juror, true, false, false },
        { "juror-unassigned", Roles.Juror, false, false, false },
        { "other-applicant", Roles.Applicant, false, false, false },
        { "juror-a", Roles.Juror, false, false, false },
        { "coach-a", Roles.Coach, false, false, false },
        { "finance-a", Roles.FinanceOfficer, false, false, false },
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Each_caller_sees_what_the_dossier_rules_allow(string who, string role, bool readsFiles, bool seesDossier, bool seesAnnotations)
    {
        var id = _dossierId.ToString();

        await Expect(readsFiles, () => Client<Attachments.AttachmentsClient>(who, role).ListAttachmentsAsync(new ListAttachmentsRequest { DossierId = id }, cancellationToken: Cancellation).ResponseAsync);
        await Expect(seesDossier, () => Client<Threads.ThreadsClient>(who, role).ListMessagesAsync(new ListMessagesRequest { DossierId = id }, cancellationToken: Cancellation).ResponseAsync);
        await Expect(seesDossier, () => Client<Threads.ThreadsClient>(who, role).PostMessageAsync(new PostMessageRequest { DossierId = id, Body = "Bonjour" }, cancellationToken: Cancellation).ResponseAsync);
        await Expect(seesAnnotations, () => Client<Annotations.AnnotationsClient>(who, role).ListAnnotationsAsync(new ListAnnotationsRequest { DossierId = id }, cancellationToken: Cancellation).ResponseAsync);
        await Expect(seesAnnotations, () => Client<Annotations.AnnotationsClient>(who, role).AddAnnotationAsync(new AddAnnotationRequest { DossierId = id, Body = "Note" }, cancellationToken: Cancellation).ResponseAsync);
    }

    [Fact]
    public async Task A_co_editor_an_erasure_removed_no_longer_sees_the_dossier_and_the_one_kept_still_does()
    {
        var dossierId = await _host.FileDossierAsync("lead-b", "coeditor-kept", "coeditor-erased");
        var id = dossierId.ToString();

        await _host.DeliverAsync(new DossierCoEditorsChanged(dossierId, "CB21", ["coeditor-kept@example.gouv.fr"]) { OccurredAt = DateTimeOffset.UtcNow });

        await Expect(false, () => Client<Threads.ThreadsClient>("coeditor-erased", Roles.Applicant)
            .ListMessagesAsync(new ListMessagesRequest { DossierId = id }, cancellationToken: Cancellation).ResponseAsync);
        await Expect(true, () => Client<Threads.ThreadsClient>("coeditor-kept", Roles.Applicant)
            .ListMessagesAsync(new ListMessagesRequest { DossierId = id }, cancellationToken: Cancellation).ResponseAsync);
        await Expect(true, () => Client<Attachments.AttachmentsClient>("lead-b", Roles.Applicant)
            .ListAttachmentsAsync(new ListAttachmentsRequest { DossierId = id }, cancellationToken: Cancellation).ResponseAsync);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_erasure_and_an_older_refiling_leave_the_same_team_whatever_order_they_arrive_in(bool erasureFirst)
    {
        var dossierId = await _host.FileDossierAsync("lead-c", "coeditor-kept", "coeditor-erased");
        var erasedAt = DateTimeOffset.UtcNow.AddMinutes(10);
        var erasure = new DossierCoEditorsChanged(dossierId, "CB21", ["coeditor-kept@example.gouv.fr"]) { OccurredAt = erasedAt };
        var refiling = new DossierResubmitted(dossierId, "CB21-0042", 5_000_000, "lead-c",
            ["COEDITOR-KEPT@example.gouv.fr", "coeditor-erased@example.gouv.fr"]) { OccurredAt = erasedAt.AddMinutes(-5) };

        if (erasureFirst)
        {
            await _host.DeliverAsync(erasure);
        }
        await _host.DeliverAsync(refiling);
        if (!erasureFirst)
        {
            await _host.DeliverAsync(erasure);
        }

        var request = new ListMessagesRequest { DossierId = dossierId.ToString() };
        await Expect(false, () => Client<Threads.ThreadsClient>("coeditor-erased", Roles.Applicant).ListMessagesAsync(request, cancellationToken: Cancellation).ResponseAsync);
        await Expect(true, () => Client<Threads.ThreadsClient>("coeditor-kept", Roles.Applicant).ListMessagesAsync(request, cancellationToken: Cancellation).ResponseAsync);
    }

    [Fact]
    public async Task A_dossier_this_service_has_not_heard_of_is_not_found_even_for_staff()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Client<Attachments.AttachmentsClient>("staff-a", Roles.ProgrammeStaff)
            .ListAttachmentsAsync(new ListAttachmentsRequest { DossierId = Guid.CreateVersion7().ToString() }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, error.StatusCode);
    }

    [Fact]
    public async Task A_file_of_the_dossier_is_read_by_its_assigned_juror_once_clean_and_not_found_by_someone_outside_it()
    {
        var uploaded = await Client<Attachments.AttachmentsClient>("lead-a", Roles.Applicant).UploadAsync(_dossierId, "budget.csv", "poste;montant\nsalaires;1000\n"u8.ToArray(), Cancellation);
        Assert.Equal("text/csv", uploaded.MediaType);

        var juror = Client<Attachments.AttachmentsClient>("juror-assigned", Roles.Juror);
        Assert.Equal(uploaded.Id, (await juror.GetAttachmentAsync(new GetAttachmentRequest { AttachmentId = uploaded.Id }, cancellationToken: Cancellation)).Id);
        Assert.Equal(StatusCode.FailedPrecondition, (await Assert.ThrowsAsync<RpcException>(() => juror.DownloadAsync(uploaded.Id, Cancellation))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => juror.UploadAsync(_dossierId, "avis.pdf", Uploads.Pdf(), Cancellation))).StatusCode);
        await _host.ScanPendingAsync();
        Assert.Equal("poste;montant\nsalaires;1000\n"u8.ToArray(), (await juror.DownloadAsync(uploaded.Id, Cancellation)).Content);

        var outsider = Client<Attachments.AttachmentsClient>("other-applicant", Roles.Applicant);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() => outsider.DownloadAsync(uploaded.Id, Cancellation))).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() =>
            outsider.GetAttachmentAsync(new GetAttachmentRequest { AttachmentId = uploaded.Id }, cancellationToken: Cancellation).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(() =>
            outsider.UploadAsync(_dossierId, "intrus.pdf", Uploads.Pdf(), Cancellation))).StatusCode);
    }

    private T Client<T>(string who, string role) where T : ClientBase<T> =>
        (T)Activator.CreateInstance(typeof(T), _host.Service.Channel(TestTokens.For(who, role)))!;

    private static async Task Expect<TResponse>(bool allowed, Func<Task<TResponse>> call)
    {
        if (allowed)
        {
            await call();
            return;
        }
        Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(call)).StatusCode);
    }
}
