using Defis.Accompaniment.Domain.Plans;
using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using MilestoneValidated = Defis.Contracts.Events.MilestoneValidated;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// On real RabbitMQ and PostgreSQL: a selection opens a plan with the least-loaded coach of the pool and
/// the template's milestones; the laureate sends evidence, the coach validates and MilestoneValidated
/// leaves through the outbox. Another applicant or coach sees nothing of it.
/// </summary>
public sealed class PlanFlowTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly AccompanimentHost _host = new(infrastructure);
    private readonly Guid _programmeId = Guid.CreateVersion7();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_selected_dossier_gets_a_coached_plan_and_a_validated_milestone_is_published()
    {
        await new CoachPools.CoachPoolsClient(_host.Service.Channel(Token("staff-ditp", Roles.ProgrammeStaff)))
            .SetCoachPoolAsync(new SetCoachPoolRequest { ProgrammeId = _programmeId.ToString(), CoachIds = { "coach-b", "coach-a" } }, cancellationToken: Cancellation);
        var today = ParisTime.DateOf(DateTimeOffset.UtcNow);
        await _host.PublishAsync(new ProgrammePublished(_programmeId, "CB21", "Comité des défis 2021", DateTimeOffset.UtcNow.AddDays(-60),
            DateTimeOffset.UtcNow.AddDays(-30), 100_000_000, [new ProgrammePhase("Incubation", today.AddDays(-1), null, 0, 0)], ["Santé"], 30)
            { OccurredAt = DateTimeOffset.UtcNow });
        var selection = await SelectAsync("lead-lyon", "Guichet unique des aidants");

        var plan = await MyPlanAsync("lead-lyon");

        Assert.Equal(new[] { "coach-a" }, plan.CoachIds);
        Assert.Equal(today, new DateOnly(plan.StartsOn.Year, plan.StartsOn.Month, plan.StartsOn.Day));
        var template = PhaseTemplate.DefaultFor(SharedKernel.Phase.Incubation).Milestones;
        Assert.Equal(template.Select(t => t.Title), plan.Milestones.Select(m => m.Title));
        Assert.Equal(template.Select(t => today.AddDays(t.OffsetDays).Day), plan.Milestones.Select(m => m.Due.Day));
        Assert.Single(await _host.OutboxAsync<SupportPlanOpened>(), e => e.DossierId == selection.DossierId);

        // Load balancing: the second laureate goes to the coach who has none yet; a replayed selection opens nothing.
        await SelectAsync("lead-lille", "Aidants connectés");
        Assert.Equal(new[] { "coach-b" }, (await MyPlanAsync("lead-lille")).CoachIds);
        await _host.PublishAsync(selection with { EventId = Guid.CreateVersion7() });
        await Eventually.Until(() => _host.WithDbAsync(db => db.InboxMessages.CountAsync(m => m.Consumer == "DossierSelectedConsumer", Cancellation)),
            handled => handled == 3, Patience, "the replayed selection handled");
        var laureate = Plans(Token("lead-lyon", Roles.Applicant));
        Assert.Single((await laureate.ListMyPlansAsync(new ListMyPlansRequest(), cancellationToken: Cancellation)).Plans);

        var milestone = plan.Milestones[0];
        await laureate.SubmitEvidenceAsync(new SubmitEvidenceRequest
        {
            PlanId = plan.Id, MilestoneId = milestone.Id,
            Evidence = new Evidence { Text = "Compte rendu de la réunion de lancement", Link = "https://pad.numerique.gouv.fr/lancement" },
        }, cancellationToken: Cancellation);
        var validated = await Plans(Token("coach-a", Roles.Coach))
            .ValidateMilestoneAsync(new MilestoneRequest { PlanId = plan.Id, MilestoneId = milestone.Id }, cancellationToken: Cancellation);

        Assert.Equal(MilestoneStatus.Validated, validated.Milestones[0].Status);
        var published = Assert.Single(await _host.OutboxAsync<MilestoneValidated>());
        Assert.Equal((Guid.Parse(milestone.Id), selection.DossierId, _programmeId, "Incubation", milestone.Title, "coach-a"),
            (published.MilestoneId, published.DossierId, published.ProgrammeId, published.Phase, published.Title, published.ValidatedBy));

        var peers = await laureate.SuggestConnectionsAsync(new SuggestConnectionsRequest { PlanId = plan.Id }, cancellationToken: Cancellation);
        Assert.Contains("même thème : Santé", Assert.Single(peers.Peers).Reasons);
    }

    [Fact]
    public async Task Another_applicant_or_coach_sees_nothing_and_an_applicant_cannot_validate()
    {
        var plan = await _host.SeedPlanAsync("lead-lyon", "coach-a", ParisTime.DateOf(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow);
        var milestone = new MilestoneRequest { PlanId = plan.Id.ToString(), MilestoneId = plan.Milestones[0].Id.ToString() };
        var stranger = Plans(Token("lead-lille", Roles.Applicant));
        var otherCoach = Plans(Token("coach-b", Roles.Coach));

        await AssertStatus(StatusCode.NotFound, () => stranger.GetPlanAsync(new GetPlanRequest { PlanId = milestone.PlanId }, cancellationToken: Cancellation).ResponseAsync);
        await AssertStatus(StatusCode.NotFound, () => stranger.SubmitEvidenceAsync(new SubmitEvidenceRequest
            { PlanId = milestone.PlanId, MilestoneId = milestone.MilestoneId, Evidence = new Evidence { Text = "pas le mien" } }, cancellationToken: Cancellation).ResponseAsync);
        await AssertStatus(StatusCode.NotFound, () => otherCoach.ValidateMilestoneAsync(milestone, cancellationToken: Cancellation).ResponseAsync);
        await AssertStatus(StatusCode.PermissionDenied, () => Plans(Token("lead-lyon", Roles.Applicant)).ValidateMilestoneAsync(milestone, cancellationToken: Cancellation).ResponseAsync);
        Assert.Empty((await stranger.ListMyPlansAsync(new ListMyPlansRequest(), cancellationToken: Cancellation)).Plans);
        Assert.Empty((await otherCoach.ListCoachPlansAsync(new ListCoachPlansRequest(), cancellationToken: Cancellation)).Plans);
        Assert.Single((await Plans(Token("coach-a", Roles.Coach)).ListCoachPlansAsync(new ListCoachPlansRequest(), cancellationToken: Cancellation)).Plans);
        Assert.Empty(await _host.OutboxAsync<MilestoneValidated>());
    }

    private async Task<DossierSelected> SelectAsync(string lead, string title)
    {
        var dossierId = Guid.CreateVersion7();
        await _host.PublishAsync(new DossierSubmitted(dossierId, _programmeId, "CB21", $"CB21-{dossierId.ToString()[..4]}", title, "Santé", ["D:69"],
            "Métropole de Lyon", "LocalAuthority", [], 9_000_000, lead, $"{lead}@example.gouv.fr") { OccurredAt = DateTimeOffset.UtcNow });
        var selected = new DossierSelected(dossierId, _programmeId, "CB21", "CB21-0001", "Incubation", Guid.CreateVersion7(), "Projet solide",
            null, "president-jury") { OccurredAt = DateTimeOffset.UtcNow };
        // Submitted first (a selection arriving before its dossier waits for it: WaitingSelectionTests).
        await _host.PublishAsync(selected);
        return selected;
    }

    private async Task<Contracts.Accompaniment.V1.SupportPlan> MyPlanAsync(string lead)
    {
        var client = Plans(Token(lead, Roles.Applicant));
        var plans = await Eventually.Until(() => client.ListMyPlansAsync(new ListMyPlansRequest(), cancellationToken: Cancellation).ResponseAsync,
            r => r.Plans.Count > 0, Patience, $"the plan of {lead}");
        return Assert.Single(plans.Plans);
    }

    private static async Task AssertStatus(StatusCode expected, Func<Task> call) =>
        Assert.Equal(expected, (await Assert.ThrowsAsync<RpcException>(call)).StatusCode);

    private SupportPlans.SupportPlansClient Plans(string token) => new(_host.Service.Channel(token));

    private static string Token(string user, string role) => TestTokens.For(user, role);
}
