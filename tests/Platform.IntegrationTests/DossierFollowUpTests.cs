using System.Security.Cryptography;
using System.Text;
using Defis.Contracts.Events;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Persistence;
using Defis.Testing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// What happens to a dossier after its team starts it: co-editors, lists and counts, staff returning it for
/// correction, the jury's decisions arriving as events, and the call's clock closing it.
/// </summary>
public sealed class DossierFollowUpTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly SkeletonPlatform _platform = new(infrastructure);
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);
    private readonly string _lead = TestTokens.For("agent-lyon", Roles.Applicant);
    private readonly string _other = TestTokens.For("agent-lille", Roles.Applicant);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    private Dossiers.DossiersClient Client(string token) => new(_platform.Submission.Channel(token));

    private async Task<Dossier> FiledAsync(string title = "Accueillir les parents allophones à l'école")
    {
        var lead = Client(_lead);
        var created = await lead.CreateDossierAsync(Requests.ValidDossier(title), cancellationToken: Cancellation);
        await lead.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);
        return await lead.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
    }

    [Fact]
    public async Task An_invited_team_member_edits_and_lists_the_dossier_but_another_applicant_sees_nothing()
    {
        var lead = Client(_lead);
        var created = await lead.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        var team = Requests.CompleteContent();
        team.TeamMembers[0].Email = "claire.martin@example.gouv.fr";
        await lead.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = team }, cancellationToken: Cancellation);
        // Test tokens carry the email "<user>@example.gouv.fr".
        var coEditor = Client(TestTokens.For("claire.martin", Roles.Applicant));

        var before = await Assert.ThrowsAsync<RpcException>(() =>
            coEditor.GetDossierAsync(new GetDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation).ResponseAsync);
        var notInTeam = await Assert.ThrowsAsync<RpcException>(() => lead.InviteCoEditorAsync(
            new InviteCoEditorRequest { DossierId = created.Id, Email = "inconnu@example.gouv.fr" }, cancellationToken: Cancellation).ResponseAsync);
        var invited = await lead.InviteCoEditorAsync(new InviteCoEditorRequest { DossierId = created.Id, Email = "Claire.Martin@example.gouv.fr" },
            cancellationToken: Cancellation);

        Assert.Equal(StatusCode.NotFound, before.StatusCode);
        Assert.Equal(StatusCode.InvalidArgument, notInTeam.StatusCode);
        Assert.Equal(["claire.martin@example.gouv.fr"], invited.CoEditorEmails);
        team.Problem = "Reformulé par la co-éditrice.";
        var edited = await coEditor.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = team }, cancellationToken: Cancellation);
        Assert.Equal("Reformulé par la co-éditrice.", edited.Content.Problem);
        Assert.Equal([created.Id], (await coEditor.ListDossiersAsync(new ListDossiersRequest(), cancellationToken: Cancellation)).Dossiers.Select(d => d.Id));
        Assert.Empty((await Client(_other).ListDossiersAsync(new ListDossiersRequest(), cancellationToken: Cancellation)).Dossiers);
        var onlyLead = await Assert.ThrowsAsync<RpcException>(() =>
            coEditor.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, onlyLead.StatusCode);
        // The filing tells the other services who the team is, so that Notification writes to the co-editor too.
        await lead.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
        Assert.Equal(["claire.martin@example.gouv.fr"], Assert.Single(await OutboxAsync<DossierSubmitted>(Guid.Parse(created.Id))).CoEditorEmails);
    }

    [Fact]
    public async Task Dossiers_filed_at_the_same_moment_get_distinct_references_without_gaps()
    {
        var lead = Client(_lead);
        var drafts = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var created = await lead.CreateDossierAsync(Requests.ValidDossier($"Défi {i}"), cancellationToken: Cancellation);
            await lead.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);
            drafts.Add(created.Id);
        }

        var filed = await Task.WhenAll(drafts.Select(id => lead.SubmitDossierAsync(new SubmitDossierRequest { DossierId = id }, cancellationToken: Cancellation).ResponseAsync));

        Assert.Equal(Enumerable.Range(1, 12).Select(rank => $"CB21-{rank:0000}"), filed.Select(d => d.Reference).Order());
    }

    [Fact]
    public async Task An_edit_of_an_older_version_is_aborted_and_changes_nothing()
    {
        var lead = Client(_lead);
        var created = await lead.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        var first = await lead.UpdateDossierAsync(
            new UpdateDossierRequest { DossierId = created.Id, Content = Requests.CompleteContent(), ExpectedVersion = created.Version },
            cancellationToken: Cancellation);
        var stale = Requests.CompleteContent();
        stale.Problem = "Écrit sur une copie périmée.";

        var error = await Assert.ThrowsAsync<RpcException>(() => lead.UpdateDossierAsync(
            new UpdateDossierRequest { DossierId = created.Id, Content = stale, ExpectedVersion = created.Version }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(created.Version + 1, first.Version);
        Assert.Equal(StatusCode.Aborted, error.StatusCode);
        var unchanged = await lead.GetDossierAsync(new GetDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
        Assert.Equal(Requests.CompleteContent().Problem, unchanged.Content.Problem);
    }

    [Fact]
    public async Task Lists_page_newest_first_without_gaps_and_filter_by_status_theme_and_territory()
    {
        var filed = await FiledAsync("Défi déposé");
        var drafts = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            drafts.Add((await Client(_lead).CreateDossierAsync(Requests.ValidDossier($"Brouillon {i}"), cancellationToken: Cancellation)).Id);
        }
        var staff = Client(_staff);

        var pages = new List<ListDossiersResponse>();
        var request = new ListDossiersRequest { ProgrammeCode = "CB21", PageSize = 2 };
        do
        {
            pages.Add(await staff.ListDossiersAsync(request, cancellationToken: Cancellation));
            request.PageToken = pages[^1].NextPageToken;
        }
        while (request.PageToken != "");

        Assert.Equal([.. Enumerable.Reverse(drafts), filed.Id], pages.SelectMany(p => p.Dossiers).Select(d => d.Id));
        var submitted = await staff.ListDossiersAsync(new ListDossiersRequest { Status = DossierStatus.Submitted, Territory = "69", Theme = "Transition écologique" },
            cancellationToken: Cancellation);
        Assert.Equal([filed.Reference], submitted.Dossiers.Select(d => d.Reference));
        Assert.Empty((await staff.ListDossiersAsync(new ListDossiersRequest { Territory = "2A" }, cancellationToken: Cancellation)).Dossiers);
        var counts = await staff.CountDossiersAsync(new CountDossiersRequest { ProgrammeCode = "CB21" }, cancellationToken: Cancellation);
        Assert.Equal(5, counts.Total);
        Assert.Equal(4, counts.Counts.Single(c => c.Status == DossierStatus.Draft).Count);
        Assert.Equal(filed.Id, (await staff.GetDossierByReferenceAsync(new GetDossierByReferenceRequest { Reference = "cb21-0001" }, cancellationToken: Cancellation)).Id);
        var hidden = await Assert.ThrowsAsync<RpcException>(() =>
            Client(_other).GetDossierByReferenceAsync(new GetDossierByReferenceRequest { Reference = "CB21-0001" }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
    }

    [Theory]
    [InlineData("page_size", "page_size")]
    [InlineData("page_token", "page_token")]
    [InlineData("territory", "territory")]
    [InlineData("status", "status")]
    [InlineData("theme", "theme")]
    public async Task A_bad_list_request_names_its_field(string change, string field)
    {
        var request = new ListDossiersRequest();
        switch (change)
        {
            case "page_size": request.PageSize = 101; break;
            case "page_token": request.PageToken = "pas-un-jeton"; break;
            case "territory": request.Territory = "99999"; break;
            case "status": request.Status = (DossierStatus)42; break;
            case "theme": request.Theme = new string('x', 1_000_000); break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => Client(_staff).ListDossiersAsync(request, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field));
    }

    public static TheoryData<string, string> BadStaffAndTeamRequests => new()
    {
        { "reference", "reference" },
        { "count programme_code", "programme_code" },
        { "drafts days", "days" },
        { "drafts programme_code", "programme_code" },
        { "drafts page_size", "page_size" },
        { "invite email", "email" },
        { "start review dossier_id", "dossier_id" },
        { "return correction_deadline", "correction_deadline" },
    };

    [Theory]
    [MemberData(nameof(BadStaffAndTeamRequests))]
    public async Task Each_bad_request_names_its_field(string change, string field)
    {
        var staff = Client(_staff);
        var lead = Client(_lead);
        var dossier = Guid.CreateVersion7().ToString();
        Func<Task> call = change switch
        {
            "reference" => () => staff.GetDossierByReferenceAsync(new GetDossierByReferenceRequest { Reference = "CB21-42" }, cancellationToken: Cancellation).ResponseAsync,
            "count programme_code" => () => staff.CountDossiersAsync(new CountDossiersRequest { ProgrammeCode = "cb 21" }, cancellationToken: Cancellation).ResponseAsync,
            "drafts days" => () => staff.ListDraftsDueForReminderAsync(new ListDraftsDueForReminderRequest { ProgrammeCode = "CB21", Days = 0 }, cancellationToken: Cancellation).ResponseAsync,
            "drafts programme_code" => () => staff.ListDraftsDueForReminderAsync(new ListDraftsDueForReminderRequest { ProgrammeCode = "", Days = 7 }, cancellationToken: Cancellation).ResponseAsync,
            "drafts page_size" => () => staff.ListDraftsDueForReminderAsync(new ListDraftsDueForReminderRequest { ProgrammeCode = "CB21", Days = 7, PageSize = 1_000 }, cancellationToken: Cancellation).ResponseAsync,
            "invite email" => () => lead.InviteCoEditorAsync(new InviteCoEditorRequest { DossierId = dossier, Email = "pas-une-adresse" }, cancellationToken: Cancellation).ResponseAsync,
            "start review dossier_id" => () => staff.StartReviewAsync(new StartReviewRequest { DossierId = "42" }, cancellationToken: Cancellation).ResponseAsync,
            "return correction_deadline" => () => staff.ReturnForCorrectionAsync(new ReturnForCorrectionRequest
            {
                DossierId = dossier, Reasons = { "Budget incomplet" }, CorrectionDeadline = new Timestamp { Seconds = long.MaxValue },
            }, cancellationToken: Cancellation).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(change)),
        };

        var error = await Assert.ThrowsAsync<RpcException>(call);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal([field], error.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task Staff_start_reviewing_and_list_the_drafts_due_for_a_reminder_while_teams_may_not()
    {
        var filed = await FiledAsync();
        var draft = await Client(_lead).CreateDossierAsync(Requests.ValidDossier("Brouillon en retard"), cancellationToken: Cancellation);
        var staff = Client(_staff);

        var reviewed = await staff.StartReviewAsync(new StartReviewRequest { DossierId = filed.Id }, cancellationToken: Cancellation);
        var dueWithinAMonth = await staff.ListDraftsDueForReminderAsync(new ListDraftsDueForReminderRequest { ProgrammeCode = "CB21", Days = 31 }, cancellationToken: Cancellation);
        var dueWithinAWeek = await staff.ListDraftsDueForReminderAsync(new ListDraftsDueForReminderRequest { ProgrammeCode = "CB21", Days = 7 }, cancellationToken: Cancellation);
        var teamsMayNot = await Assert.ThrowsAsync<RpcException>(() =>
            Client(_lead).StartReviewAsync(new StartReviewRequest { DossierId = filed.Id }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(DossierStatus.UnderReview, reviewed.Status);
        Assert.Equal([draft.Id], dueWithinAMonth.Dossiers.Select(d => d.Id));
        Assert.Empty(dueWithinAWeek.Dossiers);
        Assert.Equal(StatusCode.PermissionDenied, teamsMayNot.StatusCode);
    }

    [Fact]
    public async Task Staff_return_a_dossier_for_correction_and_the_team_resubmits_it()
    {
        var filed = await FiledAsync();
        var staff = Client(_staff);
        var deadline = DateTimeOffset.UtcNow.AddDays(10);

        var refused = await Assert.ThrowsAsync<RpcException>(() => staff.ReturnForCorrectionAsync(
            new ReturnForCorrectionRequest { DossierId = filed.Id, Reasons = { " " } }, cancellationToken: Cancellation).ResponseAsync);
        var returned = await staff.ReturnForCorrectionAsync(new ReturnForCorrectionRequest
        {
            DossierId = filed.Id, Reasons = { "Budget sans devis" }, CorrectionDeadline = Timestamp.FromDateTimeOffset(deadline),
        }, cancellationToken: Cancellation);
        var resubmitted = await Client(_lead).SubmitDossierAsync(new SubmitDossierRequest { DossierId = filed.Id }, cancellationToken: Cancellation);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(DossierStatus.ReturnedForCorrection, returned.Status);
        Assert.Equal(["Budget sans devis"], returned.Correction.Reasons);
        Assert.Equal(DossierStatus.Resubmitted, resubmitted.Status);
        Assert.Equal(filed.Reference, resubmitted.Reference);
        Assert.Equal([DossierStatus.Draft, DossierStatus.Submitted, DossierStatus.ReturnedForCorrection, DossierStatus.Resubmitted],
            resubmitted.History.Select(h => h.To));
        var sent = await OutboxAsync<DossierReturnedForCorrection>(Guid.Parse(filed.Id));
        Assert.Equal(deadline.ToUnixTimeMilliseconds(), Assert.Single(sent).CorrectionDeadline!.Value.ToUnixTimeMilliseconds());
        var refiled = Assert.Single(await OutboxAsync<DossierResubmitted>(Guid.Parse(filed.Id)));
        Assert.Equal((resubmitted.Content.Title, resubmitted.Content.LeadStructure.Name), (refiled.Title, refiled.LeadStructureName));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonFormatter.Default.Format(resubmitted.Content)))),
            refiled.ContentSha256);
    }

    [Fact]
    public async Task The_jurys_decisions_make_a_laureate_once_however_often_they_arrive()
    {
        var laureate = await FiledAsync("Lauréat");
        var other = await FiledAsync("Non retenu");
        var bus = _platform.Submission.Service<IBus>();
        var consumed = new ConsumeCounter();
        using var observation = bus.ConnectConsumeObserver(consumed);
        var decision = Guid.CreateVersion7();
        var selected = new DossierSelected(Guid.Parse(laureate.Id), Guid.CreateVersion7(), "CB21", laureate.Reference, "Exploration", decision,
            "Un projet solide.", 5_000_000, "president-jury") { OccurredAt = DateTimeOffset.UtcNow };
        var notSelected = new DossierNotSelected(Guid.Parse(other.Id), selected.ProgrammeId, "CB21", other.Reference, "Exploration", decision,
            "president-jury") { OccurredAt = DateTimeOffset.UtcNow };

        await bus.Publish(selected, c => c.MessageId = selected.EventId, Cancellation);
        await bus.Publish(selected, c => c.MessageId = selected.EventId, Cancellation);
        await bus.Publish(notSelected, c => c.MessageId = notSelected.EventId, Cancellation);
        await Eventually.Until(() => Task.FromResult(consumed.Consumed), count => count == 3, TimeSpan.FromSeconds(30), "three deliveries consumed");

        var lead = Client(_lead);
        var won = await lead.GetDossierAsync(new GetDossierRequest { DossierId = laureate.Id }, cancellationToken: Cancellation);
        var lost = await lead.GetDossierAsync(new GetDossierRequest { DossierId = other.Id }, cancellationToken: Cancellation);
        Assert.Equal((DossierStatus.Selected, Phase.Exploration), (won.Status, won.SelectedPhase));
        Assert.Single(won.History, h => h.To == DossierStatus.Selected);
        Assert.Equal("president-jury", won.History[^1].By);
        Assert.Equal(DossierStatus.NotSelected, lost.Status);
    }

    /// <summary>A selection and the correction that takes it back, in both orders and twice each: the dossier ends not selected.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_correction_wins_over_the_selection_it_takes_back_whatever_order_they_arrive_in(bool correctionFirst)
    {
        var dossier = await FiledAsync("Sélection corrigée");
        var bus = _platform.Submission.Service<IBus>();
        var consumed = new ConsumeCounter();
        using var observation = bus.ConnectConsumeObserver(consumed);
        var released = DateTimeOffset.UtcNow;
        var selected = new DossierSelected(Guid.Parse(dossier.Id), Guid.CreateVersion7(), "CB21", dossier.Reference, "Exploration", Guid.CreateVersion7(),
            "Un projet solide.", 5_000_000, "president-jury") { OccurredAt = released };
        var correction = new DossierNotSelected(selected.DossierId, selected.ProgrammeId, "CB21", dossier.Reference, "Exploration", Guid.CreateVersion7(),
            "president-jury", selected.DecisionId, DecisionRevision: 2) { OccurredAt = released.AddHours(1) };
        IntegrationEvent[] order = correctionFirst ? [correction, selected] : [selected, correction];

        foreach (var message in order.Concat(order))
        {
            var before = consumed.Consumed;
            await bus.Publish((object)message, c => c.MessageId = message.EventId, Cancellation);
            await Eventually.Until(() => Task.FromResult(consumed.Consumed), count => count > before, TimeSpan.FromSeconds(30), "the outcome consumed");
        }

        var final = await Client(_lead).GetDossierAsync(new GetDossierRequest { DossierId = dossier.Id }, cancellationToken: Cancellation);
        Assert.Equal((DossierStatus.NotSelected, Phase.Unspecified), (final.Status, final.SelectedPhase));
    }

    [Fact]
    public async Task A_juror_reads_a_dossier_only_while_the_jury_has_them_assigned_to_it()
    {
        var filed = await FiledAsync();
        var dossierId = Guid.Parse(filed.Id);
        var juror = Client(TestTokens.For("juror-dinum", Roles.Juror));
        var bus = _platform.Submission.Service<IBus>();
        var get = new GetDossierRequest { DossierId = filed.Id };
        var assigned = new ReviewerAssigned(Guid.CreateVersion7(), dossierId, filed.Reference, "CB21", "juror-dinum", DateTimeOffset.UtcNow)
            { OccurredAt = DateTimeOffset.UtcNow };
        var unassigned = new ReviewerUnassigned(assigned.AssignmentId, dossierId, filed.Reference, "juror-dinum", "Conflit d'intérêts déclaré")
            { OccurredAt = DateTimeOffset.UtcNow };
        // An end that overtakes its start (they travel on different queues) must still win.
        var lateStart = new ReviewerAssigned(Guid.CreateVersion7(), dossierId, filed.Reference, "CB21", "juror-anct", DateTimeOffset.UtcNow)
            { OccurredAt = DateTimeOffset.UtcNow };
        var earlyEnd = new ReviewerUnassigned(lateStart.AssignmentId, dossierId, filed.Reference, "juror-anct", "Réaffecté") { OccurredAt = DateTimeOffset.UtcNow };

        var before = await Assert.ThrowsAsync<RpcException>(() => juror.GetDossierAsync(get, cancellationToken: Cancellation).ResponseAsync);
        await bus.Publish(assigned, c => c.MessageId = assigned.EventId, Cancellation);
        var read = await Eventually.Until(async () =>
        {
            try { return await juror.GetDossierAsync(get, cancellationToken: Cancellation); }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound) { return null; }
        }, d => d is not null, TimeSpan.FromSeconds(30), "the assigned juror reading the dossier");
        await bus.Publish(unassigned, c => c.MessageId = unassigned.EventId, Cancellation);
        await Eventually.Until(async () =>
        {
            try { await juror.GetDossierAsync(get, cancellationToken: Cancellation); return false; }
            catch (RpcException e) when (e.StatusCode == StatusCode.NotFound) { return true; }
        }, gone => gone, TimeSpan.FromSeconds(30), "the unassigned juror losing access");
        await bus.Publish(earlyEnd, c => c.MessageId = earlyEnd.EventId, Cancellation);
        await bus.Publish(lateStart, c => c.MessageId = lateStart.EventId, Cancellation);
        await Eventually.Until(() => ReadersAsync(dossierId), rows => rows.Count == 2 && rows.All(r => r.EndedAt is not null), TimeSpan.FromSeconds(30),
            "both assignments recorded as ended");

        Assert.Equal(StatusCode.NotFound, before.StatusCode);
        Assert.Equal(filed.Reference, read!.Reference);
        var stillOut = await Assert.ThrowsAsync<RpcException>(() =>
            Client(TestTokens.For("juror-anct", Roles.Juror)).GetDossierAsync(get, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, stillOut.StatusCode);
    }

    private async Task<List<DossierReader>> ReadersAsync(Guid dossierId)
    {
        await using var scope = _platform.Submission.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        return await db.DossierReaders.AsNoTracking().Where(r => r.DossierId == dossierId).ToListAsync(Cancellation);
    }

    [Fact]
    public async Task The_clock_reminds_drafts_once_then_closes_the_call_and_staff_archive_it()
    {
        await _platform.PublishAsync(ClosingSoon("CB22", DateTimeOffset.UtcNow.AddSeconds(6)));
        var lead = Client(_lead);
        var request = Requests.ValidDossier();
        request.ProgrammeCode = "CB22";
        var draft = await lead.CreateDossierAsync(request, cancellationToken: Cancellation);

        var reminders = await Eventually.Until(() => OutboxAsync<DraftReminderDue>(Guid.Parse(draft.Id)), r => r.Count == 1, TimeSpan.FromSeconds(20),
            "the one-day reminder");
        var programmes = new Programmes.ProgrammesClient(_platform.Submission.Channel(_staff));
        var closed = await Eventually.Until(async () => await OutboxAsync<ProgrammeClosed>(), c => c.Any(e => e.Code == "CB22"), TimeSpan.FromSeconds(30),
            "ProgrammeClosed for CB22");
        var archived = await programmes.ArchiveProgrammeAsync(new ArchiveProgrammeRequest { Code = "CB22" }, cancellationToken: Cancellation);
        var tooEarly = await Assert.ThrowsAsync<RpcException>(() =>
            programmes.ArchiveProgrammeAsync(new ArchiveProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(1, reminders[0].DaysBeforeClosing);
        Assert.Equal("agent-lyon", reminders[0].LeadUserId);
        Assert.Single(closed, e => e.Code == "CB22");
        Assert.Equal(ProgrammeStatus.Archived, archived.Status);
        Assert.Single(await OutboxAsync<ProgrammeArchived>(), e => e.Code == "CB22");
        Assert.Equal(StatusCode.FailedPrecondition, tooEarly.StatusCode);
        Assert.Single(await OutboxAsync<DraftReminderDue>(Guid.Parse(draft.Id)));
    }

    [Fact]
    public async Task A_draft_for_an_unknown_call_is_refused()
    {
        var request = Requests.ValidDossier();
        request.ProgrammeCode = "ZZ99";

        var error = await Assert.ThrowsAsync<RpcException>(() => Client(_lead).CreateDossierAsync(request, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    private static ProgrammeTerms ClosingSoon(string code, DateTimeOffset closesAt)
    {
        var terms = Requests.Cb21Like(closesAt);
        terms.Code = code;
        return terms;
    }

    private async Task<List<TEvent>> OutboxAsync<TEvent>(Guid? aggregateId = null) where TEvent : IntegrationEvent
    {
        await using var scope = _platform.Submission.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(TEvent).FullName && (aggregateId == null || m.AggregateId == aggregateId))
            .ToListAsync(Cancellation);
        return messages.Select(m => Assert.IsType<TEvent>(m.ToEvent())).ToList();
    }
}
