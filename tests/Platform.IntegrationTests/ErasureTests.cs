using Defis.Contracts.Events;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// A person's erasure started by staff (RGPD art. 17, decision 0032): what no duty keeps is purged and announced, a
/// dossier under instruction is kept with the reason, and nobody else's dossier is touched.
/// </summary>
public sealed class ErasureTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly SkeletonPlatform _platform = new(infrastructure);
    private readonly string _lead = TestTokens.For("agent-lyon", Roles.Applicant);
    private readonly string _other = TestTokens.For("agent-lille", Roles.Applicant);
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private Dossiers.DossiersClient Client(string token) => new(_platform.Submission.Channel(token));

    [Fact]
    public async Task The_person_s_withdrawn_draft_is_purged_their_filed_dossier_kept_with_the_reason_and_another_s_left_alone()
    {
        var lead = Client(_lead);
        var draft = await lead.CreateDossierAsync(Requests.ValidDossier("Un brouillon abandonné"), cancellationToken: Cancellation);
        await lead.WithdrawDossierAsync(new WithdrawDossierRequest { DossierId = draft.Id }, cancellationToken: Cancellation);
        var filed = await lead.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        await lead.UpdateDossierAsync(new UpdateDossierRequest { DossierId = filed.Id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);
        filed = await lead.SubmitDossierAsync(new SubmitDossierRequest { DossierId = filed.Id }, cancellationToken: Cancellation);
        var others = await Client(_other).CreateDossierAsync(Requests.ValidDossier("Le défi d'une autre équipe"), cancellationToken: Cancellation);
        await Client(_other).WithdrawDossierAsync(new WithdrawDossierRequest { DossierId = others.Id }, cancellationToken: Cancellation);
        var erasures = new Erasures.ErasuresClient(_platform.Submission.Channel(_staff));

        var answer = await erasures.ErasePersonDataAsync(new ErasePersonDataRequest { UserId = "agent-lyon", Email = "agent-lyon@example.gouv.fr" },
            cancellationToken: Cancellation);

        Assert.Equal([(draft.Id, ErasureOutcome.Purged, ""), (filed.Id, ErasureOutcome.Kept, "Dossier en cours d'instruction")],
            answer.Dossiers.Select(d => (d.DossierId, d.Outcome, d.Reason)));
        Assert.All(answer.Dossiers, d => Assert.True(d.Lead));
        Assert.Equal(filed.Reference, answer.Dossiers[1].Reference);
        var purged = Assert.Single(await _platform.SubmissionOutboxAsync<DossierPurged>(Guid.Parse(draft.Id)));
        Assert.Equal(PurgeReason.Erasure, purged.Reason);
        Assert.Empty(await _platform.SubmissionOutboxAsync<DossierPurged>(Guid.Parse(filed.Id)));
        Assert.Empty(await _platform.SubmissionOutboxAsync<DossierPurged>(Guid.Parse(others.Id)));
        var seenByStaff = await Client(_staff).GetDossierAsync(new GetDossierRequest { DossierId = draft.Id }, cancellationToken: Cancellation);
        Assert.Equal(("Dossier supprimé", DossierStatus.Withdrawn, ""), (seenByStaff.Title, seenByStaff.Status, seenByStaff.ContactEmail));
        Assert.NotNull(seenByStaff.PurgedAt);
        var gone = await Assert.ThrowsAsync<RpcException>(() => lead.GetDossierAsync(new GetDossierRequest { DossierId = draft.Id }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Le défi d'une autre équipe", (await Client(_other).GetDossierAsync(new GetDossierRequest { DossierId = others.Id }, cancellationToken: Cancellation)).Title);
        Assert.Equal(Requests.CompleteContent().Title, (await lead.GetDossierAsync(new GetDossierRequest { DossierId = filed.Id }, cancellationToken: Cancellation)).Title);

        var again = await erasures.ErasePersonDataAsync(new ErasePersonDataRequest { UserId = "agent-lyon" }, cancellationToken: Cancellation);
        Assert.Equal([filed.Id], again.Dossiers.Select(d => d.DossierId));
        Assert.Single(await _platform.SubmissionOutboxAsync<DossierPurged>(Guid.Parse(draft.Id)));
    }

    [Fact]
    public async Task An_erased_co_editor_leaves_the_kept_dossier_and_the_services_keeping_its_team_are_told()
    {
        var lead = Client(_lead);
        var filed = await lead.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        var content = Requests.CompleteContent();
        content.TeamMembers[0].Email = "claire.martin@example.gouv.fr";
        await lead.UpdateDossierAsync(new UpdateDossierRequest { DossierId = filed.Id, Content = content }, cancellationToken: Cancellation);
        await lead.InviteCoEditorAsync(new InviteCoEditorRequest { DossierId = filed.Id, Email = "claire.martin@example.gouv.fr" }, cancellationToken: Cancellation);
        filed = await lead.SubmitDossierAsync(new SubmitDossierRequest { DossierId = filed.Id }, cancellationToken: Cancellation);
        var erasures = new Erasures.ErasuresClient(_platform.Submission.Channel(_staff));

        var answer = await erasures.ErasePersonDataAsync(new ErasePersonDataRequest { UserId = "claire.martin", Email = "Claire.Martin@example.gouv.fr" },
            cancellationToken: Cancellation);

        var erased = Assert.Single(answer.Dossiers);
        Assert.Equal((filed.Id, ErasureOutcome.Kept, false, true), (erased.DossierId, erased.Outcome, erased.Lead, erased.CoEditorRemoved));
        var changed = Assert.Single(await _platform.SubmissionOutboxAsync<DossierCoEditorsChanged>(Guid.Parse(filed.Id)));
        Assert.Equal((filed.ProgrammeCode, 0), (changed.ProgrammeCode, changed.CoEditorEmails.Count));
        Assert.Empty(await _platform.SubmissionOutboxAsync<DossierPurged>(Guid.Parse(filed.Id)));
        Assert.Empty((await lead.GetDossierAsync(new GetDossierRequest { DossierId = filed.Id }, cancellationToken: Cancellation)).CoEditorEmails);

        // Erased again, they are no longer an editor: nothing more is announced.
        var again = await erasures.ErasePersonDataAsync(new ErasePersonDataRequest { UserId = "claire.martin", Email = "claire.martin@example.gouv.fr" },
            cancellationToken: Cancellation);
        Assert.Empty(again.Dossiers);
        Assert.Single(await _platform.SubmissionOutboxAsync<DossierCoEditorsChanged>(Guid.Parse(filed.Id)));
    }

    [Fact]
    public async Task Only_programme_staff_may_erase_and_the_person_must_be_named()
    {
        var asApplicant = new Erasures.ErasuresClient(_platform.Submission.Channel(_lead));
        var asStaff = new Erasures.ErasuresClient(_platform.Submission.Channel(_staff));

        var denied = await Assert.ThrowsAsync<RpcException>(() =>
            asApplicant.ErasePersonDataAsync(new ErasePersonDataRequest { UserId = "agent-lille" }, cancellationToken: Cancellation).ResponseAsync);
        var unnamed = await Assert.ThrowsAsync<RpcException>(() =>
            asStaff.ErasePersonDataAsync(new ErasePersonDataRequest { Email = "pas une adresse" }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, unnamed.StatusCode);
        Assert.Equal(["email", "user_id"], unnamed.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field).Order());
    }
}
