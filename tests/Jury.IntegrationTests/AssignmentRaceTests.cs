using Defis.Contracts.Events;
using Defis.Contracts.Jury.V1;
using Defis.Testing;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// Manual assignments racing on real PostgreSQL: each holds the book's row lock until it commits, so of two
/// requests for one slot, or for a juror's last place under the maximum, exactly one gets in.
/// </summary>
public sealed class AssignmentRaceTests(JuryHost host) : IClassFixture<JuryHost>
{
    private const string Code = "RACE";
    private static readonly string[] Jurors = ["juror-1", "juror-2", "juror-3", "juror-4"];

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Of_two_requests_for_one_slot_or_for_a_jurors_last_place_exactly_one_gets_in()
    {
        var (panelId, dossiers) = await FileAndConfigureAsync();
        var sameSlot = new[] { (dossiers[0], Jurors[0]), (dossiers[0], Jurors[0]), (dossiers[1], Jurors[1]), (dossiers[1], Jurors[1]) };
        var lastPlace = new[] { (dossiers[2], Jurors[2]), (dossiers[3], Jurors[2]), (dossiers[4], Jurors[3]), (dossiers[5], Jurors[3]) };

        var outcomes = await Task.WhenAll(sameSlot.Concat(lastPlace).Select(r => AssignAsync(panelId, r.Item1, r.Item2)));

        foreach (var pair in outcomes.Take(4).Chunk(2))
        {
            Assert.Single(pair, error => error is null);
            Assert.Equal(StatusCode.AlreadyExists, pair.Single(error => error is not null)!.StatusCode);
        }
        foreach (var pair in outcomes.Skip(4).Chunk(2))
        {
            Assert.Single(pair, error => error is null);
            var refused = pair.Single(error => error is not null)!;
            Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
            Assert.Equal("JUROR_AT_CAPACITY", Assert.Single(refused.GetRpcStatus()!.GetDetail<PreconditionFailure>().Violations).Type);
        }
        var book = await host.Assignments(host.StaffToken).GetAssignmentBookAsync(new GetAssignmentBookRequest { PanelId = panelId }, cancellationToken: Cancellation);
        var active = book.Assignments.Where(a => a.WithdrawnAt is null).ToArray();
        Assert.Equal(Jurors, active.Select(a => a.JurorUserId).Order());
        Assert.Equal(active.Select(a => (a.DossierId, a.JurorUserId)).Order(), (await AnnouncedAsync()).Order());
    }

    private async Task<(string PanelId, Guid[] Dossiers)> FileAndConfigureAsync()
    {
        var programmeId = await host.PublishProgrammeAsync(Code, decisionDueDays: null);
        var dossiers = Enumerable.Range(1, 6).Select(rank => JuryHost.Filed(programmeId, Code, rank, $"Mairie n° {rank}")).ToArray();
        foreach (var dossier in dossiers)
        {
            await host.PublishAsync(dossier);
        }
        await Eventually.Until(() => host.DossiersOfAsync(Code), count => count == 6, TimeSpan.FromSeconds(30), "six dossiers known");
        var panels = host.Panels(host.StaffToken);
        var panel = await panels.CreatePanelAsync(new CreatePanelRequest { ProgrammeCode = Code, Phase = Phase.Incubation }, cancellationToken: Cancellation);
        foreach (var juror in Jurors)
        {
            await panels.AddPanelMemberAsync(new AddPanelMemberRequest
            {
                PanelId = panel.Id,
                Member = new PanelMember { UserId = juror, DisplayName = juror, Organisation = $"Inspection {juror}", Kind = MemberKind.PublicAgent, Role = PanelRole.Member },
            }, cancellationToken: Cancellation);
        }
        await host.Assignments(host.StaffToken).ConfigureAssignmentsAsync(
            new ConfigureAssignmentsRequest { PanelId = panel.Id, ReviewersPerDossier = 1, MaxPerJuror = 1 }, cancellationToken: Cancellation);
        return (panel.Id, dossiers.Select(d => d.DossierId).ToArray());
    }

    private async Task<RpcException?> AssignAsync(string panelId, Guid dossier, string juror)
    {
        try
        {
            await host.Assignments(host.StaffToken).AssignReviewerAsync(
                new AssignReviewerRequest { PanelId = panelId, DossierId = dossier.ToString(), JurorUserId = juror }, cancellationToken: Cancellation);
            return null;
        }
        catch (RpcException e)
        {
            return e;
        }
    }

    /// <summary>Every ReviewerAssigned the book wrote: one per assignment that got in, none for a refused one.</summary>
    private async Task<(string, string)[]> AnnouncedAsync()
    {
        var rows = await host.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Type == typeof(ReviewerAssigned).FullName).ToListAsync());
        return rows.Select(r => (ReviewerAssigned)r.ToEvent()).Select(e => (e.DossierId.ToString(), e.JurorUserId)).ToArray();
    }
}
