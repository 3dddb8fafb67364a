using Defis.Contracts.Events;
using Defis.Contracts.Jury.V1;
using Defis.Jury.Instruction;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// The instruction clock of a rolling call (decision due 21 days after filing) on a controllable clock:
/// DecisionDueSoon is announced once per dossier and due date, whatever the passes, restarts or concurrent
/// instances, and never for a dossier already decided.
/// </summary>
public sealed class DecisionDueSoonTests : IAsyncLifetime
{
    private const string Code = "CB21";
    private const string President = "pres-cb21";
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly JuryHost _host;

    public DecisionDueSoonTests(PlatformInfrastructure infrastructure) => _host = new JuryHost(infrastructure) { Clock = _clock };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _host.InitializeAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Due_soon_is_announced_once_per_dossier_across_passes_restarts_and_instances_and_never_for_a_decided_one()
    {
        var programmeId = await _host.PublishProgrammeAsync(Code, decisionDueDays: 21);
        var nineteenDaysAgo = _clock.GetUtcNow().AddDays(-19);
        var undecided = await FileAsync(programmeId, 1, nineteenDaysAgo);
        var decided = await FileAsync(programmeId, 2, nineteenDaysAgo);
        var recent = await FileAsync(programmeId, 3, _clock.GetUtcNow());
        await DecideAsync(decided);

        var first = Assert.Single(await TickUntilAnnouncedAsync(1, "the worker's first announcement"));

        Assert.Equal((undecided.DossierId, programmeId, undecided.Reference), (first.DossierId, first.ProgrammeId, first.Reference));
        Assert.Equal(Defis.SharedKernel.Time.ParisTime.DateOf(nineteenDaysAgo).AddDays(21), first.DueOn);
        Assert.Equal([President], first.PresidentUserIds);
        Assert.Equal(0, await PassAsync());

        await _host.RestartAsync();
        Assert.Equal(0, await PassAsync());
        _clock.Advance(TimeSpan.FromDays(19));
        var announced = await TickUntilAnnouncedAsync(2, "the restarted worker's announcement of the recent dossier, 19 days later");
        Assert.Equal([undecided.DossierId, recent.DossierId], announced.Select(e => e.DossierId));

        var late = await FileAsync(programmeId, 4, _clock.GetUtcNow().AddDays(-20));
        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => PassAsync()));
        Assert.Equal(1, passes.Sum());
        // Exactly these three: the decided dossier, due as soon as the first, never.
        Assert.Equal([undecided.DossierId, recent.DossierId, late.DossierId], (await AnnouncedAsync()).Select(e => e.DossierId));
    }

    private async Task<DossierSubmitted> FileAsync(Guid programmeId, int rank, DateTimeOffset filedAt)
    {
        var dossier = JuryHost.Filed(programmeId, Code, rank, $"Préfecture n° {rank}") with { OccurredAt = filedAt };
        await _host.PublishAsync(dossier);
        await Eventually.Until(() => _host.DossiersOfAsync(Code), count => count == rank, TimeSpan.FromSeconds(30), $"dossier {rank} known");
        return dossier;
    }

    /// <summary>A panel whose president releases a decision on this dossier alone (not selected): it is decided.</summary>
    private async Task DecideAsync(DossierSubmitted dossier)
    {
        var panels = _host.Panels(_host.StaffToken);
        var panel = await panels.CreatePanelAsync(new CreatePanelRequest { ProgrammeCode = Code, Phase = Phase.Experimentation }, cancellationToken: Cancellation);
        await panels.AddPanelMemberAsync(new AddPanelMemberRequest
        {
            PanelId = panel.Id,
            Member = new PanelMember { UserId = President, DisplayName = President, Organisation = "Cour des comptes", Kind = MemberKind.PublicAgent, Role = PanelRole.President },
        }, cancellationToken: Cancellation);
        var decisions = _host.Decisions(TestTokens.For(President, Roles.PanelPresident));
        var decision = await decisions.OpenDecisionAsync(new OpenDecisionRequest { PanelId = panel.Id, CandidateDossierIds = { dossier.DossierId.ToString() } },
            cancellationToken: Cancellation);
        await decisions.ReleaseDecisionAsync(new ReleaseDecisionRequest { DecisionId = decision.Id }, cancellationToken: Cancellation);
    }

    /// <summary>
    /// Moves the clock on by the worker's interval until <paramref name="count"/> announcements are in the outbox: the
    /// worker may still be busy with its previous pass when the clock moves, and then sleeps a whole interval more.
    /// The clock moves only after a look that found too few, so no pass is under way once they are found.
    /// </summary>
    private async Task<List<DecisionDueSoon>> TickUntilAnnouncedAsync(int count, string what) =>
        await Eventually.Until(async () =>
        {
            var found = await AnnouncedAsync();
            if (found.Count < count)
            {
                _clock.Advance(Interval);
            }
            return found;
        }, found => found.Count >= count, TimeSpan.FromSeconds(30), what);

    /// <summary>The announcements in the outbox, in the order they were written.</summary>
    private async Task<List<DecisionDueSoon>> AnnouncedAsync()
    {
        var rows = await _host.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Type == typeof(DecisionDueSoon).FullName)
            .OrderBy(m => m.Sequence).ToListAsync());
        return rows.Select(r => (DecisionDueSoon)r.ToEvent()).ToList();
    }

    /// <summary>One pass in its own scope, as another instance of the service would run it.</summary>
    private async Task<int> PassAsync()
    {
        await using var scope = _host.Service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DueSoonAnnouncer>().RunAsync(Cancellation);
    }
}
