using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using static Defis.Accompaniment.IntegrationTests.SelectionConvergenceTests;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// A selection whose plan cannot open yet (no coach pool, or the dossier's filing not received) is consumed without
/// failing, listed to programme staff, and opens its plan as soon as what it waits for arrives. Each event is
/// delivered and consumed before the next, so both orders are tested as written.
/// </summary>
public sealed class WaitingSelectionTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly AccompanimentHost _host = new(infrastructure);
    private readonly Guid _programmeId = Guid.CreateVersion7();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Laureates_of_a_call_without_coaches_wait_in_staffs_list_and_get_their_plans_when_the_pool_is_set()
    {
        var (first, second) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        foreach (var (dossierId, lead) in new[] { (first, "lead-lyon"), (second, "lead-lille") })
        {
            await _host.DeliverAsync(Submitted(_programmeId, dossierId, lead));
            await _host.DeliverAsync(Selected(_programmeId, dossierId, revision: 1));
        }

        var waiting = await WaitingAsync();

        Assert.Empty(await ProgrammePlansAsync());
        Assert.Equal([first, second], waiting.Select(w => Guid.Parse(w.DossierId)));
        Assert.All(waiting, w => Assert.Equal(WaitingReason.CoachPool, w.WaitingFor));
        Assert.Equal("Le programme n'a pas encore d'équipe de coachs : le plan d'accompagnement s'ouvrira dès qu'elle sera définie.",
            waiting[0].Explanation);
        Assert.Equal(("Guichet unique des aidants", Phase.Incubation), (waiting[0].ProjectTitle, waiting[0].Phase));

        await Pools.SetCoachPoolAsync(new SetCoachPoolRequest { ProgrammeId = _programmeId.ToString(), CoachIds = { "coach-a", "coach-b" } },
            cancellationToken: Cancellation);

        var plans = await ProgrammePlansAsync();
        Assert.Empty(await WaitingAsync());
        Assert.Equal(new[] { first, second }.Order(), plans.Select(p => Guid.Parse(p.DossierId)).Order());
        // Opened one after the other, so the second counted the first: one laureate per coach.
        Assert.Equal(["coach-a", "coach-b"], plans.SelectMany(p => p.CoachIds).Order());
    }

    [Theory]
    [InlineData("SA")]
    [InlineData("AS")]
    [InlineData("ASA")]
    public async Task The_plan_opens_for_the_filed_lead_whichever_of_filing_and_selection_arrives_first(string order)
    {
        await Pools.SetCoachPoolAsync(new SetCoachPoolRequest { ProgrammeId = _programmeId.ToString(), CoachIds = { "coach-a" } },
            cancellationToken: Cancellation);
        var dossierId = Guid.CreateVersion7();
        var events = new Dictionary<char, IntegrationEvent>
        {
            ['S'] = Submitted(_programmeId, dossierId, "lead-lyon"),
            ['A'] = Selected(_programmeId, dossierId, revision: 1),
        };
        for (var i = 0; i < order.Length; i++)
        {
            await (events[order[i]] switch
            {
                DossierSubmitted submitted => _host.DeliverAsync(submitted),
                DossierSelected selected => _host.DeliverAsync(selected),
                _ => throw new InvalidOperationException(),
            });
            if (order[..(i + 1)] == "A")
            {
                var waiting = Assert.Single(await WaitingAsync());
                Assert.Equal((WaitingReason.Dossier, ""), (waiting.WaitingFor, waiting.Reference));
            }
        }

        var plan = Assert.Single(await ProgrammePlansAsync());
        Assert.Equal((dossierId.ToString(), "Guichet unique des aidants"), (plan.DossierId, plan.ProjectTitle));
        Assert.Equal(["lead-lyon"], plan.MemberIds);
        Assert.Empty(await WaitingAsync());
    }

    [Fact]
    public async Task A_selection_missing_both_waits_for_each_in_turn()
    {
        var dossierId = Guid.CreateVersion7();
        await _host.DeliverAsync(Selected(_programmeId, dossierId, revision: 1));
        await Pools.SetCoachPoolAsync(new SetCoachPoolRequest { ProgrammeId = _programmeId.ToString(), CoachIds = { "coach-a" } },
            cancellationToken: Cancellation);

        Assert.Equal(WaitingReason.Dossier, Assert.Single(await WaitingAsync()).WaitingFor);

        await _host.DeliverAsync(Submitted(_programmeId, dossierId, "lead-lyon"));

        Assert.Equal(["coach-a"], Assert.Single(await ProgrammePlansAsync()).CoachIds);
        Assert.Empty(await WaitingAsync());
    }

    private async Task<List<WaitingSelection>> WaitingAsync() =>
        [.. (await Pools.ListWaitingSelectionsAsync(new ListWaitingSelectionsRequest { ProgrammeId = _programmeId.ToString() }, cancellationToken: Cancellation)).Selections];

    private async Task<List<Contracts.Accompaniment.V1.SupportPlan>> ProgrammePlansAsync() =>
        [.. (await new SupportPlans.SupportPlansClient(_host.Service.Channel(Staff))
            .ListProgrammePlansAsync(new ListProgrammePlansRequest { ProgrammeId = _programmeId.ToString() }, cancellationToken: Cancellation)).Plans];

    private CoachPools.CoachPoolsClient Pools => new(_host.Service.Channel(Staff));

    private static string Staff => TestTokens.For("staff-ditp", Roles.ProgrammeStaff);
}
