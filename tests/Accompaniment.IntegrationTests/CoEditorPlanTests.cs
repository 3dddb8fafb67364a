using Defis.Accompaniment.PersonalData;
using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.ServiceInfrastructure.PersonalData;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// The co-editors a dossier's filings name read its support plan with the lead (the plan, its milestones and evidence, its
/// check-ins, the sessions offered to it), by the e-mail of their token; only the lead acts on it; anyone else sees
/// nothing. The newest filing's team holds whatever order filings arrive in, an erasure removes one, a purge forgets them
/// for good.
/// </summary>
public sealed class CoEditorPlanTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    // TestTokens give each user the e-mail "<user>@example.gouv.fr".
    private const string Lead = "lead-lyon";
    private const string CoEditor = "claire.martin";
    private const string LaterCoEditor = "paul.durand";
    private const string Stranger = "agent-nantes";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly AccompanimentHost _host = new(infrastructure);
    private readonly Guid _programmeId = Guid.CreateVersion7();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _host.StartAsync();
        await new CoachPools.CoachPoolsClient(_host.Service.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)))
            .SetCoachPoolAsync(new SetCoachPoolRequest { ProgrammeId = $"{_programmeId}", CoachIds = { "coach-a" } }, cancellationToken: Cancellation);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_co_editor_reads_the_plan_its_check_ins_and_sessions_as_the_lead_does_but_only_the_lead_acts()
    {
        var dossierId = Guid.CreateVersion7();
        // As a token may spell it: the filing's list is compared normalised.
        await _host.DeliverAsync(FiledWith(dossierId, DateTimeOffset.UtcNow, " Claire.Martin@Example.gouv.fr"));
        var plan = await SelectedPlanAsync(dossierId);
        var lead = Plans(Lead);
        await lead.SubmitEvidenceAsync(new SubmitEvidenceRequest
        {
            PlanId = plan.Id, MilestoneId = plan.Milestones[0].Id, Evidence = new Evidence { Text = "Compte rendu du lancement" },
        }, cancellationToken: Cancellation);
        await lead.RecordCheckInAsync(new RecordCheckInRequest { PlanId = plan.Id, Progress = "Premiers ateliers tenus" }, cancellationToken: Cancellation);
        var session = await CoachingSessionAsync(plan.Id);

        var coEditor = Plans(CoEditor);
        Assert.Equal([plan.Id], (await coEditor.ListMyPlansAsync(new ListMyPlansRequest(), cancellationToken: Cancellation)).Plans.Select(p => p.Id));
        var read = await coEditor.GetPlanAsync(new GetPlanRequest { PlanId = plan.Id }, cancellationToken: Cancellation);
        Assert.Equal((MilestoneStatus.Submitted, "Compte rendu du lancement"), (read.Milestones[0].Status, read.Milestones[0].EvidenceText));
        Assert.Equal("Premiers ateliers tenus",
            Assert.Single((await coEditor.ListCheckInsAsync(new ListCheckInsRequest { PlanId = plan.Id }, cancellationToken: Cancellation)).CheckIns).Progress);
        Assert.Contains(session.Id, (await SessionsOf(CoEditor).ListSessionsAsync(new ListSessionsRequest(), cancellationToken: Cancellation)).Sessions.Select(s => s.Id));
        Assert.Equal(session.Title, (await SessionsOf(CoEditor).GetSessionAsync(new GetSessionRequest { SessionId = session.Id }, cancellationToken: Cancellation)).Title);

        var milestone = plan.Milestones[1].Id;
        foreach (var act in new Func<Task>[]
        {
            () => coEditor.SubmitEvidenceAsync(new SubmitEvidenceRequest
                { PlanId = plan.Id, MilestoneId = milestone, Evidence = new Evidence { Text = "Je remets" } }, cancellationToken: Cancellation).ResponseAsync,
            () => coEditor.StartMilestoneAsync(new MilestoneRequest { PlanId = plan.Id, MilestoneId = milestone }, cancellationToken: Cancellation).ResponseAsync,
            () => coEditor.RecordCheckInAsync(new RecordCheckInRequest { PlanId = plan.Id, Progress = "Mon point" }, cancellationToken: Cancellation).ResponseAsync,
        })
        {
            var denied = await Assert.ThrowsAsync<RpcException>(act);
            Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
            Assert.StartsWith("Seul le porteur du dossier lauréat", denied.Status.Detail, StringComparison.Ordinal);
        }
        var unchanged = await lead.GetPlanAsync(new GetPlanRequest { PlanId = plan.Id }, cancellationToken: Cancellation);
        Assert.Equal(MilestoneStatus.Planned, unchanged.Milestones[1].Status);
        Assert.Single((await lead.ListCheckInsAsync(new ListCheckInsRequest { PlanId = plan.Id }, cancellationToken: Cancellation)).CheckIns);

        // Someone the filing did not name sees nothing of it, as if there were nothing.
        var stranger = Plans(Stranger);
        Assert.Empty((await stranger.ListMyPlansAsync(new ListMyPlansRequest(), cancellationToken: Cancellation)).Plans);
        await AssertStatus(StatusCode.NotFound, () => stranger.GetPlanAsync(new GetPlanRequest { PlanId = plan.Id }, cancellationToken: Cancellation).ResponseAsync);
        await AssertStatus(StatusCode.NotFound, () => stranger.ListCheckInsAsync(new ListCheckInsRequest { PlanId = plan.Id }, cancellationToken: Cancellation).ResponseAsync);
        await AssertStatus(StatusCode.NotFound, () => stranger.SubmitEvidenceAsync(new SubmitEvidenceRequest
            { PlanId = plan.Id, MilestoneId = milestone, Evidence = new Evidence { Text = "Pas le mien" } }, cancellationToken: Cancellation).ResponseAsync);
        await AssertStatus(StatusCode.NotFound, () => SessionsOf(Stranger).GetSessionAsync(new GetSessionRequest { SessionId = session.Id }, cancellationToken: Cancellation).ResponseAsync);
        Assert.DoesNotContain(session.Id, (await SessionsOf(Stranger).ListSessionsAsync(new ListSessionsRequest(), cancellationToken: Cancellation)).Sessions.Select(s => s.Id));
    }

    [Fact]
    public async Task The_co_editor_s_copy_of_their_data_holds_the_plan_they_co_edit()
    {
        var dossierId = Guid.CreateVersion7();
        await _host.DeliverAsync(FiledWith(dossierId, DateTimeOffset.UtcNow, $"{CoEditor}@example.gouv.fr"));
        var plan = await SelectedPlanAsync(dossierId);

        var part = await PersonalDataAsync(CoEditor);
        var personal = Assert.Single(part.Plans);
        Assert.Equal((plan.Id, PlanRole.CoEditor), ($"{personal.Id}", personal.YourRole));
        Assert.Equal(PlanRole.Team, Assert.Single((await PersonalDataAsync(Lead)).Plans).YourRole);
        Assert.Empty((await PersonalDataAsync(Stranger)).Plans);
    }

    [Fact]
    public async Task The_newest_filings_team_holds_whichever_filing_arrives_last()
    {
        var dossierId = Guid.CreateVersion7();
        var filed = DateTimeOffset.UtcNow.AddDays(-40);
        // The refiling (the correction added one co-editor and dropped the other) overtakes the first filing.
        await _host.DeliverAsync(RefiledWith(dossierId, filed.AddDays(10), $"{LaterCoEditor}@example.gouv.fr"));
        await _host.DeliverAsync(FiledWith(dossierId, filed, $"{CoEditor}@example.gouv.fr"));
        var plan = await SelectedPlanAsync(dossierId);

        Assert.Equal([plan.Id], await ListedForAsync(LaterCoEditor));
        Assert.Empty(await ListedForAsync(CoEditor));
        await AssertStatus(StatusCode.NotFound, () => Plans(CoEditor).GetPlanAsync(new GetPlanRequest { PlanId = plan.Id }, cancellationToken: Cancellation).ResponseAsync);

        // An older producer's refiling, which tells no list, changes nothing; one that names nobody ends the co-editing.
        await _host.DeliverAsync(new DossierResubmitted(dossierId, "CB21-0001", 9_000_000, Lead) { OccurredAt = filed.AddDays(20) });
        Assert.Equal([plan.Id], await ListedForAsync(LaterCoEditor));
        await _host.DeliverAsync(RefiledWith(dossierId, filed.AddDays(30)));
        Assert.Empty(await ListedForAsync(LaterCoEditor));
    }

    [Fact]
    public async Task An_erased_co_editor_no_longer_reads_the_plan()
    {
        var dossierId = Guid.CreateVersion7();
        var filed = DateTimeOffset.UtcNow.AddDays(-40);
        await _host.DeliverAsync(FiledWith(dossierId, filed, $"{CoEditor}@example.gouv.fr", $"{LaterCoEditor}@example.gouv.fr"));
        var plan = await SelectedPlanAsync(dossierId);
        Assert.Equal([plan.Id], await ListedForAsync(CoEditor));

        await _host.DeliverAsync(new DossierCoEditorsChanged(dossierId, "CB21", [$"{LaterCoEditor}@example.gouv.fr"]) { OccurredAt = filed.AddDays(30) });

        Assert.Empty(await ListedForAsync(CoEditor));
        await AssertStatus(StatusCode.NotFound, () => Plans(CoEditor).GetPlanAsync(new GetPlanRequest { PlanId = plan.Id }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal([plan.Id], await ListedForAsync(LaterCoEditor));
    }

    [Fact]
    public async Task A_purge_forgets_the_co_editors_and_a_late_refiling_brings_none_back()
    {
        var dossierId = Guid.CreateVersion7();
        var filed = DateTimeOffset.UtcNow.AddDays(-40);
        await _host.DeliverAsync(FiledWith(dossierId, filed, $"{CoEditor}@example.gouv.fr"));
        var plan = await SelectedPlanAsync(dossierId);
        Assert.Equal([plan.Id], await ListedForAsync(CoEditor));

        await _host.DeliverAsync(new DossierPurged(dossierId, "CB21", PurgeReason.Erasure) { OccurredAt = DateTimeOffset.UtcNow });
        await _host.DeliverAsync(RefiledWith(dossierId, filed.AddDays(10), $"{CoEditor}@example.gouv.fr"));

        Assert.Empty(await ListedForAsync(CoEditor));
        await AssertStatus(StatusCode.NotFound, () => Plans(CoEditor).GetPlanAsync(new GetPlanRequest { PlanId = plan.Id }, cancellationToken: Cancellation).ResponseAsync);
        Assert.False(await _host.WithDbAsync(db => db.Teams.AnyAsync(t => t.DossierId == dossierId, Cancellation)));
    }

    private DossierSubmitted FiledWith(Guid dossierId, DateTimeOffset at, params string[] coEditors) =>
        SelectionConvergenceTests.Submitted(_programmeId, dossierId, Lead) with { CoEditorEmails = coEditors, OccurredAt = at };

    private static DossierResubmitted RefiledWith(Guid dossierId, DateTimeOffset at, params string[] coEditors) =>
        new(dossierId, "CB21-0001", 9_000_000, Lead, coEditors) { OccurredAt = at };

    /// <summary>The dossier selected, and its plan as the lead reads it once opened.</summary>
    private async Task<Contracts.Accompaniment.V1.SupportPlan> SelectedPlanAsync(Guid dossierId)
    {
        await _host.DeliverAsync(SelectionConvergenceTests.Selected(_programmeId, dossierId, revision: 1));
        var planId = await Eventually.Until(
            () => _host.WithDbAsync(db => db.Plans.Where(p => p.DossierId == dossierId).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(Cancellation)),
            id => id is not null, Patience, "the plan opened");
        return await Plans(Lead).GetPlanAsync(new GetPlanRequest { PlanId = $"{planId}" }, cancellationToken: Cancellation);
    }

    private async Task<Session> CoachingSessionAsync(string planId)
    {
        var start = ParisTime.StartOfDay(ParisTime.DateOf(DateTimeOffset.UtcNow).AddDays(7)).AddHours(10);
        var scheduled = await SessionsOf("coach-a", Roles.Coach).ScheduleSessionsAsync(new ScheduleSessionsRequest
        {
            ProgrammeId = $"{_programmeId}", PlanId = planId, Kind = SessionKind.Coaching, Title = "Séance de coaching de l'équipe",
            Start = Timestamp.FromDateTimeOffset(start), End = Timestamp.FromDateTimeOffset(start.AddHours(1)), Capacity = 5,
            Url = "https://webconf.numerique.gouv.fr/coaching",
        }, cancellationToken: Cancellation);
        return Assert.Single(scheduled.Sessions);
    }

    private async Task<IReadOnlyList<string>> ListedForAsync(string user) =>
        [.. (await Plans(user).ListMyPlansAsync(new ListMyPlansRequest(), cancellationToken: Cancellation)).Plans.Select(p => p.Id)];

    private Task<AccompanimentPart> PersonalDataAsync(string user) => _host.WithDbAsync(async db =>
        (AccompanimentPart)(await new AccompanimentPersonalData(db).CollectAsync(new PersonalDataSubject(user, $"{user}@example.gouv.fr"), Cancellation)).Data);

    private static async Task AssertStatus(StatusCode expected, Func<Task> call) =>
        Assert.Equal(expected, (await Assert.ThrowsAsync<RpcException>(call)).StatusCode);

    private SupportPlans.SupportPlansClient Plans(string user) => new(_host.Service.Channel(TestTokens.For(user, Roles.Applicant)));

    private Sessions.SessionsClient SessionsOf(string user, string role = Roles.Applicant) => new(_host.Service.Channel(TestTokens.For(user, role)));
}
