using System.Net;
using System.Text;
using Defis.Contracts.Events;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Submission.Persistence;
using Defis.Testing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Date = Google.Type.Date;

namespace Defis.Platform.IntegrationTests;

/// <summary>
/// Staff publish a call, a team fills its dossier and files it over REST: the reference comes from the
/// programme's counter and DossierSubmitted leaves through the outbox. Incomplete, foreign and late
/// dossiers are refused with the status the decisions promise.
/// </summary>
public sealed class SubmissionFlowTests : IAsyncLifetime
{
    private readonly ShiftedClock _clock = new();
    private readonly SkeletonPlatform _platform;
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);
    private readonly string _applicant = TestTokens.For("agent-lyon", Roles.Applicant);
    private readonly string _otherApplicant = TestTokens.For("agent-lille", Roles.Applicant);

    public SubmissionFlowTests(PlatformInfrastructure infrastructure) =>
        _platform = new(infrastructure) { PublishesOpenCall = false, SubmissionClock = _clock };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _platform.StartAsync();

    public ValueTask DisposeAsync() => _platform.DisposeAsync();

    [Fact]
    public async Task A_complete_dossier_filed_over_rest_gets_the_first_reference_and_its_event()
    {
        await _platform.PublishAsync(Requests.Cb21Like(closesAt: DateTimeOffset.UtcNow.AddDays(30)));
        var http = _platform.Submission.Http(_applicant);

        var created = await SendAsync<Dossier>(http, HttpMethod.Post, "/api/v1/dossiers", JsonFormatter.Default.Format(Requests.ValidDossier()));
        var updated = await SendAsync<Dossier>(http, HttpMethod.Put, $"/api/v1/dossiers/{created.Id}/content", JsonFormatter.Default.Format(Requests.CompleteContent()));
        var submitted = await SendAsync<Dossier>(http, HttpMethod.Post, $"/api/v1/dossiers/{created.Id}/submit", "{}");

        Assert.Equal(DossierStatus.Draft, updated.Status);
        Assert.Equal("Transition écologique", updated.Content.Theme);
        Assert.Equal(DossierStatus.Submitted, submitted.Status);
        Assert.Equal("CB21-0001", submitted.Reference);
        Assert.NotNull(submitted.SubmittedAt);
        var submittedEvent = await OutboxEventAsync<DossierSubmitted>(Guid.Parse(created.Id));
        Assert.Equal("CB21-0001", submittedEvent.Reference);
        Assert.Equal(9_000_000, submittedEvent.RequestedAmountCents);
        Assert.Equal(["D:69"], submittedEvent.Territories);
        var inbox = new Defis.Contracts.Notification.V1.Inbox.InboxClient(_platform.Notification.Channel(_applicant));
        var acknowledged = await Eventually.Until(
            () => inbox.ListInboxAsync(new Defis.Contracts.Notification.V1.ListInboxRequest(), cancellationToken: Cancellation).ResponseAsync,
            r => r.Notifications.Any(n => n.Subject == "Dossier reçu : CB21-0001"), TimeSpan.FromSeconds(30), "the acknowledgement in the lead's inbox");
        Assert.Contains("Sa référence est CB21-0001", acknowledged.Notifications.First(n => n.Subject == "Dossier reçu : CB21-0001").Body);
    }

    [Fact]
    public async Task Publishing_writes_ProgrammePublished_and_applicants_see_only_published_calls()
    {
        var staff = new Programmes.ProgrammesClient(_platform.Submission.Channel(_staff));
        var applicant = new Programmes.ProgrammesClient(_platform.Submission.Channel(_applicant));
        var draft = await staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)) },
            cancellationToken: Cancellation);

        var hidden = await Assert.ThrowsAsync<RpcException>(() =>
            applicant.GetProgrammeAsync(new GetProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation).ResponseAsync);
        var draftsDenied = await Assert.ThrowsAsync<RpcException>(() =>
            applicant.ListDraftProgrammesAsync(new ListDraftProgrammesRequest(), cancellationToken: Cancellation).ResponseAsync);
        var drafted = await staff.ListDraftProgrammesAsync(new ListDraftProgrammesRequest(), cancellationToken: Cancellation);
        var published = await staff.PublishProgrammeAsync(new PublishProgrammeRequest { Code = "CB21" }, cancellationToken: Cancellation);
        var listed = await applicant.ListPublishedProgrammesAsync(new ListPublishedProgrammesRequest(), cancellationToken: Cancellation);
        var stillDrafted = await staff.ListDraftProgrammesAsync(new ListDraftProgrammesRequest(), cancellationToken: Cancellation);

        Assert.Equal(ProgrammeStatus.Draft, draft.Status);
        Assert.Equal(StatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, draftsDenied.StatusCode);
        Assert.Contains(drafted.Programmes, p => p.Code == "CB21" && p.Status == ProgrammeStatus.Draft);
        Assert.DoesNotContain(stillDrafted.Programmes, p => p.Code == "CB21");
        Assert.Equal(ProgrammeStatus.Published, published.Status);
        Assert.Equal(12_000_000, Assert.Single(listed.Programmes).Terms.Phases[1].MaxGrantCents);
        var publishedEvent = await OutboxEventAsync<ProgrammePublished>(Guid.Parse(draft.Id));
        Assert.Equal("CB21", publishedEvent.Code);
        Assert.Equal(300_000_000, publishedEvent.EnvelopeCents);
    }

    [Fact]
    public async Task Bad_terms_name_every_bad_field_and_applicants_may_not_create_calls()
    {
        var terms = Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30));
        terms.Code = "cb21";
        terms.ClosesAt = null;
        terms.Phases[1].MinGrantCents = 13_000_000;
        terms.AllowedLeadTypes.Add((LeadStructureType)99);

        var bad = await Assert.ThrowsAsync<RpcException>(() => new Programmes.ProgrammesClient(_platform.Submission.Channel(_staff))
            .CreateProgrammeAsync(new CreateProgrammeRequest { Terms = terms }, cancellationToken: Cancellation).ResponseAsync);
        var denied = await Assert.ThrowsAsync<RpcException>(() => new Programmes.ProgrammesClient(_platform.Submission.Channel(_applicant))
            .CreateProgrammeAsync(new CreateProgrammeRequest { Terms = Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)) }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        Assert.Equal(["allowed_lead_types[4]", "closes_at", "code", "phases[1].max_grant_cents"], FieldsOf(bad).Order());
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
    }

    [Fact]
    public async Task An_incomplete_dossier_is_refused_naming_every_missing_field()
    {
        await _platform.PublishAsync(Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)));
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(_applicant));
        var created = await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            dossiers.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            ["act_of_candidacy", "budget.lines", "context", "impact_for_agents", "impact_for_users", "lessons_learnt", "maturity",
                "prior_actions", "priority_reform", "problem", "team_members", "territories", "theme"],
            FieldsOf(error).Order());
        var unchanged = await dossiers.GetDossierAsync(new GetDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
        Assert.Equal(DossierStatus.Draft, unchanged.Status);
        Assert.Equal("", unchanged.Reference);
    }

    [Fact]
    public async Task A_malformed_edit_names_every_bad_field_and_changes_nothing()
    {
        await _platform.PublishAsync(Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)));
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(_applicant));
        var created = await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        var content = Requests.CompleteContent();
        content.LeadStructure.Siret = "12345678901234";
        content.Territories[0].Code = "20";
        content.Budget.Lines[0].AmountCents = -5;
        content.Partners.Add(new Partner { Name = "Métropole de Lyon", Kind = (PartnerKind)42 });
        content.ActOfCandidacy.SignedOn = new Date { Year = 2026, Month = 2, Day = 30 };

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            dossiers.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = content }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal(
            ["act_of_candidacy.signed_on", "budget.lines[0].amount_cents", "lead_structure.siret", "partners[0].kind", "territories[0].code"],
            FieldsOf(error).Order());
        var unchanged = await dossiers.GetDossierAsync(new GetDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);
        Assert.Equal("", unchanged.Content.Problem);
    }

    [Fact]
    public async Task Another_applicant_finds_nothing_to_read_edit_submit_or_withdraw()
    {
        await _platform.PublishAsync(Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)));
        var created = await new Dossiers.DossiersClient(_platform.Submission.Channel(_applicant))
            .CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        var other = new Dossiers.DossiersClient(_platform.Submission.Channel(_otherApplicant));

        var calls = new Func<Task>[]
        {
            () => other.GetDossierAsync(new GetDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation).ResponseAsync,
            () => other.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation).ResponseAsync,
            () => other.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation).ResponseAsync,
            () => other.WithdrawDossierAsync(new WithdrawDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation).ResponseAsync,
        };

        foreach (var call in calls)
        {
            Assert.Equal(StatusCode.NotFound, (await Assert.ThrowsAsync<RpcException>(call)).StatusCode);
        }
    }

    [Fact]
    public async Task The_lead_withdraws_a_filed_dossier_once()
    {
        await _platform.PublishAsync(Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)));
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(_applicant));
        var created = await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        await dossiers.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);
        await dossiers.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation);

        var withdrawn = await dossiers.WithdrawDossierAsync(new WithdrawDossierRequest { DossierId = created.Id, Reason = "Projet repris par la région." },
            cancellationToken: Cancellation);
        var again = await Assert.ThrowsAsync<RpcException>(() =>
            dossiers.WithdrawDossierAsync(new WithdrawDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(DossierStatus.Withdrawn, withdrawn.Status);
        Assert.Equal("CB21-0001", withdrawn.Reference);
        Assert.Equal("Projet repris par la région.", (await OutboxEventAsync<DossierWithdrawn>(Guid.Parse(created.Id))).Reason);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task A_call_whose_closing_has_just_passed_refuses_the_filing_naming_the_deadline()
    {
        var closesAt = _clock.GetUtcNow().AddHours(1);
        await _platform.PublishAsync(Requests.Cb21Like(closesAt));
        var dossiers = new Dossiers.DossiersClient(_platform.Submission.Channel(_applicant));
        var created = await dossiers.CreateDossierAsync(Requests.ValidDossier(), cancellationToken: Cancellation);
        await dossiers.UpdateDossierAsync(new UpdateDossierRequest { DossierId = created.Id, Content = Requests.CompleteContent() }, cancellationToken: Cancellation);

        _clock.Offset = closesAt - _clock.GetUtcNow() + TimeSpan.FromSeconds(1);
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            dossiers.SubmitDossierAsync(new SubmitDossierRequest { DossierId = created.Id }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        var violation = Assert.Single(error.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations);
        Assert.Equal("PROGRAMME_CLOSED", violation.Type);
        Assert.Contains(ParisTime.Format(closesAt), violation.Description);
    }

    private async Task<TEvent> OutboxEventAsync<TEvent>(Guid aggregateId) where TEvent : IntegrationEvent
    {
        await using var scope = _platform.Submission.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var message = await db.OutboxMessages.SingleAsync(m => m.AggregateId == aggregateId && m.Type == typeof(TEvent).FullName, Cancellation);
        return Assert.IsType<TEvent>(message.ToEvent());
    }

    private static async Task<T> SendAsync<T>(HttpClient http, HttpMethod method, string path, string json) where T : IMessage<T>, new()
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        using var response = await http.SendAsync(request, Cancellation);
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{method} {path}: {(int)response.StatusCode} {body}");
        return JsonParser.Default.Parse<T>(body);
    }

    private static IEnumerable<string> FieldsOf(RpcException error) =>
        error.GetRpcStatus()!.GetDetail<BadRequest>().FieldViolations.Select(v => v.Field);
}
