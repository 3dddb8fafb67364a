using Defis.Contracts.Events;
using Defis.Contracts.Jury.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.IntegrationTests;

/// <summary>A rolling call (decision due 21 days after filing): a filed dossier gets its reviewers on arrival, once however often it is delivered.</summary>
public sealed class RollingCallTests(JuryHost host) : IClassFixture<JuryHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_dossier_delivered_five_times_is_profiled_and_assigned_once_and_enters_the_instruction_clock()
    {
        const string code = "CB21";
        var programmeId = await host.PublishProgrammeAsync(code, decisionDueDays: 21);
        var panelId = await EntryPanelAsync(code);
        var dossier = JuryHost.Filed(programmeId, code, 1, "Préfecture de la Gironde") with { OccurredAt = DateTimeOffset.UtcNow };
        var consumed = new ConsumeCounter();
        using var observation = host.Service.Service<MassTransit.IBus>().ConnectConsumeObserver(consumed);

        await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => host.PublishAsync(dossier)));

        await Eventually.Until(() => Task.FromResult(consumed.Consumed), count => count == 5, TimeSpan.FromSeconds(30), "five deliveries consumed");
        Assert.Equal(1, await host.DossiersOfAsync(code));
        var book = await host.Assignments(host.StaffToken).GetAssignmentBookAsync(new GetAssignmentBookRequest { PanelId = panelId }, cancellationToken: Cancellation);
        Assert.Equal(2, book.Assignments.Count(a => a.DossierId == dossier.DossierId.ToString() && a.WithdrawnAt is null));
        Assert.Equal(1, await host.QueryAsync(db => db.InboxMessages.CountAsync(m => m.MessageId == dossier.EventId)));
        var agenda = await host.Decisions(host.StaffToken).GetInstructionAgendaAsync(
            new GetInstructionAgendaRequest { ProgrammeCode = code, DueSoonDays = 30 }, cancellationToken: Cancellation);
        var due = Assert.Single(agenda.DueSoon);
        Assert.Equal((dossier.Reference, 21), (due.DossierReference, due.DaysLeft));

        await host.PublishAsync(new DossierWithdrawn(dossier.DossierId, code, dossier.Reference, "Projet abandonné", "agent") { OccurredAt = DateTimeOffset.UtcNow });

        // Submission follows these announcements to let jurors read the dossier, then not any more.
        var ended = await Eventually.Until(() => host.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.AggregateId == dossier.DossierId).ToListAsync()),
            rows => rows.Count(r => r.Type == typeof(ReviewerUnassigned).FullName) == 2, TimeSpan.FromSeconds(30), "both assignments ended");
        Assert.Equal(2, ended.Count(r => r.Type == typeof(ReviewerAssigned).FullName));
        Assert.Equal(book.Assignments.Where(a => a.DossierId == dossier.DossierId.ToString()).Select(a => a.JurorUserId).Order(),
            ended.Where(r => r.Type == typeof(ReviewerUnassigned).FullName).Select(r => ((ReviewerUnassigned)r.ToEvent()).JurorUserId).Order());
    }

    private async Task<string> EntryPanelAsync(string code)
    {
        var panels = host.Panels(host.StaffToken);
        var panel = await panels.CreatePanelAsync(new CreatePanelRequest { ProgrammeCode = code, Phase = Phase.Incubation }, cancellationToken: Cancellation);
        foreach (var (juror, organisation) in new[] { ("juror-anct", "ANCT"), ("juror-dinum", "DINUM"), ("juror-insee", "Insee") })
        {
            await panels.AddPanelMemberAsync(new AddPanelMemberRequest
            {
                PanelId = panel.Id,
                Member = new PanelMember { UserId = juror, DisplayName = juror, Organisation = organisation, Kind = MemberKind.PublicAgent, Role = PanelRole.Member },
            }, cancellationToken: Cancellation);
        }
        await panels.DefineGridAsync(new DefineGridRequest { PanelId = panel.Id, DefaultGrid = DefaultGrid.CoConstruction2021 }, cancellationToken: Cancellation);
        await host.Assignments(host.StaffToken).ConfigureAssignmentsAsync(
            new ConfigureAssignmentsRequest { PanelId = panel.Id, ReviewersPerDossier = 2, MaxPerJuror = 10 }, cancellationToken: Cancellation);
        return panel.Id;
    }
}
