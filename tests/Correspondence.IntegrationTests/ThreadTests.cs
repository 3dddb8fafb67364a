using Defis.Contracts.Correspondence.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>The dossier's thread: a message with a file reaches the team once; read state per reader; no edit once read.</summary>
public sealed class ThreadTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly CorrespondenceHost _host = new(infrastructure);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;
    private Guid _dossierId;

    public async ValueTask InitializeAsync()
    {
        await _host.StartAsync();
        _dossierId = await _host.FileDossierAsync("lead-t", "coeditor-t");
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Threads.ThreadsClient Thread(string who, string role) => new(_host.Service.Channel(TestTokens.For(who, role)));

    [Fact]
    public async Task A_staff_message_with_a_file_is_announced_once_for_the_team_and_read_by_each_member()
    {
        var staffFiles = new Attachments.AttachmentsClient(_host.Service.Channel(TestTokens.For("staff-t", Roles.ProgrammeStaff)));
        var file = await staffFiles.UploadAsync(_dossierId, "modele-budget.pdf", Uploads.Pdf(), Cancellation);

        var posted = await Thread("staff-t", Roles.ProgrammeStaff).PostMessageAsync(new PostMessageRequest
        {
            DossierId = _dossierId.ToString(), Body = "Merci de compléter le budget avec ce modèle.", AttachmentIds = { file.Id },
        }, cancellationToken: Cancellation);

        var announced = Assert.Single(await _host.OutboxAsync<MessagePosted>());
        Assert.Equal((Guid.Parse(posted.Id), true, "lead-t", 1), (announced.MessageId, announced.ByStaff, announced.LeadId, announced.AttachmentCount));
        Assert.Equal(["coeditor-t@example.gouv.fr"], announced.CoEditorEmails);
        Assert.Equal("CB21-0042", announced.Reference);
        var asLead = Assert.Single((await Thread("lead-t", Roles.Applicant).ListMessagesAsync(new ListMessagesRequest { DossierId = _dossierId.ToString() }, cancellationToken: Cancellation)).Messages);
        Assert.False(asLead.ReadByMe);
        Assert.Equal([file.Id], asLead.AttachmentIds);

        var read = await Thread("lead-t", Roles.Applicant).MarkMessageReadAsync(new MarkMessageReadRequest { MessageId = posted.Id }, cancellationToken: Cancellation);
        await Thread("lead-t", Roles.Applicant).MarkMessageReadAsync(new MarkMessageReadRequest { MessageId = posted.Id }, cancellationToken: Cancellation);

        Assert.True(read.ReadByMe && read.Read);
        Assert.False(Assert.Single((await Thread("coeditor-t", Roles.Applicant).ListMessagesAsync(new ListMessagesRequest { DossierId = _dossierId.ToString() }, cancellationToken: Cancellation)).Messages).ReadByMe);
        Assert.Single(await _host.OutboxAsync<MessagePosted>());
    }

    [Fact]
    public async Task A_message_can_be_edited_by_its_author_until_someone_reads_it()
    {
        var posted = await Thread("lead-t", Roles.Applicant).PostMessageAsync(new PostMessageRequest { DossierId = _dossierId.ToString(), Body = "Question sur le budget" }, cancellationToken: Cancellation);

        var edited = await Thread("lead-t", Roles.Applicant).EditMessageAsync(new EditMessageRequest { MessageId = posted.Id, Body = "Question sur le budget annexe" }, cancellationToken: Cancellation);
        Assert.Equal("Question sur le budget annexe", edited.Body);
        Assert.NotNull(edited.EditedAt);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            Thread("coeditor-t", Roles.Applicant).EditMessageAsync(new EditMessageRequest { MessageId = posted.Id, Body = "Autre" }, cancellationToken: Cancellation).ResponseAsync)).StatusCode);

        await Thread("staff-t", Roles.ProgrammeStaff).MarkMessageReadAsync(new MarkMessageReadRequest { MessageId = posted.Id }, cancellationToken: Cancellation);
        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            Thread("lead-t", Roles.Applicant).EditMessageAsync(new EditMessageRequest { MessageId = posted.Id, Body = "Trop tard" }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("déjà été lu", refused.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_names_its_bad_fields_in_French()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Thread("lead-t", Roles.Applicant).PostMessageAsync(new PostMessageRequest
        {
            DossierId = _dossierId.ToString(), Body = " ", AttachmentIds = { "pas-un-id", Guid.CreateVersion7().ToString() },
        }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(["attachment_ids[0]", "body"], error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field).Order());
    }
}
