using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// Support plans converge on the jury's newest verdict whatever order the events arrive in and however often
/// (docs/decisions/0019-decision-convergence.md): a selection taken back closes the plan, a newer selection reopens it.
/// Events are delivered one at a time, each waited for until consumed, so every order is the one written.
/// </summary>
public sealed class SelectionConvergenceTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly AccompanimentHost _host = new(infrastructure);
    private readonly Guid _programmeId = Guid.CreateVersion7();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await _host.StartAsync();
        await Pools.SetCoachPoolAsync(new SetCoachPoolRequest { ProgrammeId = _programmeId.ToString(), CoachIds = { "coach-a" } },
            cancellationToken: Cancellation);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    /// <summary>Filed (S), selected (A, revision 1), then not selected by a correction (B, revision 2): all six orders, each delivered twice.</summary>
    [Fact]
    public async Task A_selection_taken_back_leaves_no_running_plan_in_every_order_and_with_duplicates()
    {
        foreach (var order in new[] { "SAB", "SBA", "ASB", "ABS", "BSA", "BAS" })
        {
            var dossierId = Guid.CreateVersion7();
            var selected = Selected(dossierId, revision: 1);
            var events = new Dictionary<char, IntegrationEvent>
            {
                ['S'] = Submitted(dossierId, "lead-" + order),
                ['A'] = selected,
                ['B'] = NotSelected(selected, revision: 2),
            };
            foreach (var key in order + order)
            {
                await DeliverAsync(events[key]);
            }
            // A replay of the old selection under a new message id is still older than the correction.
            await DeliverAsync(selected with { EventId = Guid.CreateVersion7() });

            var plans = await PlansAsync(dossierId);
            Assert.True(plans.All(p => p.ClosedAt is not null), $"order {order}: a running plan remains");
            Assert.True(plans.Count <= 1, $"order {order}: {plans.Count} plans");
            var verdict = await _host.WithDbAsync(db => db.JuryVerdicts.AsNoTracking().SingleAsync(v => v.DossierId == dossierId, Cancellation));
            Assert.True((verdict.Revision, verdict.Selected, verdict.WaitingFor) == (2, false, null), $"order {order}: verdict {verdict.Revision}/{verdict.Selected}/{verdict.WaitingFor}");
        }
        // Closed plans weigh on nobody: the only coach carries no running plan.
        var pool = await Pools.GetCoachPoolAsync(new GetCoachPoolRequest { ProgrammeId = _programmeId.ToString() }, cancellationToken: Cancellation);
        Assert.Equal(0, Assert.Single(pool.Coaches).OpenPlans);
    }

    /// <summary>The closed plan is still read, as closed, and refuses every change; a newer selection reopens the same plan.</summary>
    [Fact]
    public async Task A_closed_plan_reads_as_closed_refuses_changes_and_a_newer_selection_reopens_it()
    {
        var dossierId = Guid.CreateVersion7();
        var selected = Selected(dossierId, revision: 1);
        await DeliverAsync(Submitted(dossierId, "lead-lyon"));
        await DeliverAsync(selected);
        await DeliverAsync(NotSelected(selected, revision: 2));
        var laureate = Plans(TestTokens.For("lead-lyon", Roles.Applicant));

        var closed = Assert.Single((await laureate.ListMyPlansAsync(new ListMyPlansRequest(), cancellationToken: Cancellation)).Plans);
        var refused = await Assert.ThrowsAsync<RpcException>(() => laureate.StartMilestoneAsync(
            new MilestoneRequest { PlanId = closed.Id, MilestoneId = closed.Milestones[0].Id }, cancellationToken: Cancellation).ResponseAsync);

        Assert.NotNull(closed.ClosedAt);
        Assert.Equal("la sélection du jury a été retirée par une décision plus récente", closed.ClosureReason);
        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.Contains("Ce plan d'accompagnement est clos", refused.Status.Detail);

        // Revision 3 selects it again; the older correction redelivered under a new id changes nothing.
        await DeliverAsync(selected with { EventId = Guid.CreateVersion7(), DecisionId = Guid.CreateVersion7(), DecisionRevision = 3 });
        await DeliverAsync(NotSelected(selected, revision: 2));
        var reopened = Assert.Single((await laureate.ListMyPlansAsync(new ListMyPlansRequest(), cancellationToken: Cancellation)).Plans);
        var started = await laureate.StartMilestoneAsync(new MilestoneRequest { PlanId = reopened.Id, MilestoneId = reopened.Milestones[0].Id },
            cancellationToken: Cancellation);

        Assert.Equal((closed.Id, null, ""), (reopened.Id, reopened.ClosedAt, reopened.ClosureReason));
        Assert.Equal(MilestoneStatus.InProgress, started.Milestones[0].Status);
    }

    private async Task DeliverAsync(IntegrationEvent message)
    {
        switch (message)
        {
            case DossierSubmitted submitted:
                await _host.DeliverAsync(submitted);
                break;
            case DossierSelected selected:
                await _host.DeliverAsync(selected);
                break;
            case DossierNotSelected notSelected:
                await _host.DeliverAsync(notSelected);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "No consumer in this test.");
        }
    }

    private Task<List<Persistence.PlanRow>> PlansAsync(Guid dossierId) =>
        _host.WithDbAsync(db => db.Plans.AsNoTracking().Where(p => p.DossierId == dossierId).ToListAsync(Cancellation));

    internal static DossierSubmitted Submitted(Guid programmeId, Guid dossierId, string lead) =>
        new(dossierId, programmeId, "CB21", $"CB21-{dossierId.ToString()[^4..]}", "Guichet unique des aidants", "Santé", ["D:69"],
            "Métropole de Lyon", "LocalAuthority", [], 9_000_000, lead, $"{lead}@example.gouv.fr") { OccurredAt = DateTimeOffset.UtcNow };

    internal static DossierSelected Selected(Guid programmeId, Guid dossierId, int revision) =>
        new(dossierId, programmeId, "CB21", "CB21-0001", "Incubation", Guid.CreateVersion7(), "Projet solide", null, "president-jury",
            DecisionRevision: revision) { OccurredAt = DateTimeOffset.UtcNow };

    private DossierSubmitted Submitted(Guid dossierId, string lead) => Submitted(_programmeId, dossierId, lead);

    private DossierSelected Selected(Guid dossierId, int revision) => Selected(_programmeId, dossierId, revision);

    private static DossierNotSelected NotSelected(DossierSelected taken, int revision) =>
        new(taken.DossierId, taken.ProgrammeId, taken.ProgrammeCode, taken.Reference, taken.Phase, Guid.CreateVersion7(), "president-jury",
            taken.DecisionId, revision) { OccurredAt = taken.OccurredAt.AddDays(1) };

    private CoachPools.CoachPoolsClient Pools => new(_host.Service.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)));

    private SupportPlans.SupportPlansClient Plans(string token) => new(_host.Service.Channel(token));
}
