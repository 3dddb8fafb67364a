using System.Net;
using Defis.Contracts.Events;
using Defis.Contracts.Jury.V1;
using Defis.Submission.Grpc;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Dossiers = Defis.Contracts.Submission.V1.Dossiers;
using DossierStatus = Defis.Contracts.Submission.V1.DossierStatus;
using GetDossierRequest = Defis.Contracts.Submission.V1.GetDossierRequest;
using SubmissionPhase = Defis.Contracts.Submission.V1.Phase;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// Jury and Submission in-process on one virtual host. Submission files the 2018 call's dossiers (its demo seed,
/// through its own domain and outbox); they reach the Jury as DossierSubmitted; jurors score two of them, the
/// president releases, then corrects the decision, and Submission shows every outcome, the corrected ones too.
/// </summary>
public sealed class SelectionReachesSubmissionTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private const string Code = "DCB18";
    private const string Inria = "juror-inria";
    private const string Ademe = "juror-ademe";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private JuryHost? _jury;
    private ServiceHost<DossiersService>? _submission;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private JuryHost Jury => _jury!;

    public async ValueTask InitializeAsync()
    {
        var virtualHost = await infrastructure.NewVirtualHostAsync();
        _jury = new JuryHost(infrastructure) { VirtualHost = virtualHost };
        // The Jury binds its queues first: RabbitMQ drops what Submission's relay would publish before they exist.
        await _jury.InitializeAsync();
        _submission = new ServiceHost<DossiersService>(new Dictionary<string, string?>
        {
            ["ConnectionStrings:submission-db"] = infrastructure.NewDatabase("submission"),
            ["ConnectionStrings:messaging"] = virtualHost,
            ["Messaging:Outbox:PollInterval"] = "00:00:00.500",
            ["Messaging:Outbox:MaxBackoff"] = "00:00:02",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
            ["Submission:SeedDemoData"] = "true",
        });
        await _submission.StartedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_submission is not null)
        {
            await _submission.DisposeAsync();
        }
        if (_jury is not null)
        {
            await _jury.DisposeAsync();
        }
    }

    [Fact]
    public async Task Dossiers_filed_in_Submission_are_scored_and_decided_in_the_Jury_and_Submission_shows_each_outcome_even_corrected()
    {
        await Eventually.Until(() => Jury.DossiersOfAsync(Code), count => count == 8, Patience, "the 2018 call's eight dossiers known to the Jury");
        var filed = await Jury.QueryAsync(db => db.Dossiers.AsNoTracking().Where(d => d.ProgrammeCode == Code).OrderBy(d => d.Reference).ToListAsync());
        var (best, other) = (filed[0].Id, filed[1].Id);
        var panelId = await ConfigurePanelAsync([best, other]);
        foreach (var juror in new[] { Inria, Ademe })
        {
            await Jury.Reviews(Cb18Scene.TokenOf(juror)).SubmitReviewAsync(Cb18Scene.Review(panelId, best, 5), cancellationToken: Cancellation);
            await Jury.Reviews(Cb18Scene.TokenOf(juror)).SubmitReviewAsync(Cb18Scene.Review(panelId, other, 2), cancellationToken: Cancellation);
        }
        var ranking = await Jury.Decisions(Jury.StaffToken).GetRankingAsync(new GetRankingRequest { PanelId = panelId }, cancellationToken: Cancellation);
        Assert.Equal([best.ToString(), other.ToString()], ranking.Rows.Take(2).Select(r => r.DossierId));

        var president = Jury.Decisions(Cb18Scene.TokenOf(Cb18Scene.President));
        var decision = await president.OpenDecisionAsync(new OpenDecisionRequest
        {
            PanelId = panelId,
            CandidateDossierIds = { best.ToString(), other.ToString() },
            Quota = new SelectionQuota { Minimum = 1, Maximum = 1 },
        }, cancellationToken: Cancellation);
        await StageAsync(decision.Id, best);
        await president.ReleaseDecisionAsync(new ReleaseDecisionRequest { DecisionId = decision.Id }, cancellationToken: Cancellation);

        await ShownBySubmissionAsync(best, DossierStatus.Selected, SubmissionPhase.Incubation);
        await ShownBySubmissionAsync(other, DossierStatus.NotSelected, SubmissionPhase.Unspecified);
        var released = await EventsOfAsync(Guid.Parse(decision.Id));
        Assert.Equal([nameof(DossierSelected), nameof(DossierNotSelected), nameof(PhaseSelectionReleased)], released.Select(e => e.GetType().Name));
        var phase = Assert.IsType<PhaseSelectionReleased>(released[^1]);
        Assert.Equal([best], phase.SelectedDossierIds);
        Assert.Equal([other], phase.NotSelectedDossierIds);
        Assert.Equal(("Incubation", Code), (phase.Phase, phase.ProgrammeCode));

        await CorrectAsync(decision.Id, best, other);
    }

    /// <summary>The correction, opened over REST, swaps the two outcomes: only those two are announced again, and Submission follows.</summary>
    private async Task CorrectAsync(string decisionId, Guid wronglySelected, Guid wronglyRejected)
    {
        using var http = Jury.Service.Http(Cb18Scene.TokenOf(Cb18Scene.President));
        using var body = new StringContent("""{"reason": "Le dossier retenu ne remplissait pas la condition de cofinancement."}""", System.Text.Encoding.UTF8, "application/json");
        using var opened = await http.PostAsync($"/api/v1/jury/decisions/{decisionId}:correct", body, Cancellation);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await opened.Content.ReadAsStringAsync(Cancellation));
        var correction = Guid.Parse(json.RootElement.GetProperty("id").GetString()!);
        Assert.Equal(decisionId, json.RootElement.GetProperty("correctsDecisionId").GetString());
        var president = Jury.Decisions(Cb18Scene.TokenOf(Cb18Scene.President));
        await president.WithdrawSelectionAsync(new WithdrawSelectionRequest { DecisionId = correction.ToString(), DossierId = wronglySelected.ToString() },
            cancellationToken: Cancellation);
        await StageAsync(correction.ToString(), wronglyRejected);
        var again = await Assert.ThrowsAsync<RpcException>(() => president.CorrectDecisionAsync(
            new CorrectDecisionRequest { DecisionId = decisionId, Reason = "Deuxième correction." }, cancellationToken: Cancellation).ResponseAsync);
        var released = await president.ReleaseDecisionAsync(new ReleaseDecisionRequest { DecisionId = correction.ToString() }, cancellationToken: Cancellation);

        Assert.Equal(StatusCode.AlreadyExists, again.StatusCode);
        Assert.Equal((decisionId, DecisionStatus.Released), (released.CorrectsDecisionId, released.Status));
        await ShownBySubmissionAsync(wronglySelected, DossierStatus.NotSelected, SubmissionPhase.Unspecified);
        await ShownBySubmissionAsync(wronglyRejected, DossierStatus.Selected, SubmissionPhase.Incubation);
        var events = await EventsOfAsync(correction);
        // In candidate (filing) order, the act's summary last.
        Assert.Equal([(wronglySelected, nameof(DossierNotSelected)), (wronglyRejected, nameof(DossierSelected)), (Guid.Empty, nameof(PhaseSelectionReleased))],
            events.Select(e => (e is PhaseSelectionReleased ? Guid.Empty : e.AggregateId, e.GetType().Name)));
        Assert.All(events.OfType<DossierSelected>(), e => Assert.Equal(Guid.Parse(decisionId), e.CorrectsDecisionId));
        Assert.All(events.OfType<DossierNotSelected>(), e => Assert.Equal(Guid.Parse(decisionId), e.CorrectsDecisionId));
        var audit = await Jury.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.AggregateId == correction).Select(a => a.Detail).ToListAsync());
        Assert.Contains(audit, detail => detail.Contains("condition de cofinancement", StringComparison.Ordinal));
    }

    private async Task<string> ConfigurePanelAsync(Guid[] dossiers)
    {
        var panels = Jury.Panels(Jury.StaffToken);
        var panel = await panels.CreatePanelAsync(new CreatePanelRequest { ProgrammeCode = Code, Phase = Phase.Incubation }, cancellationToken: Cancellation);
        foreach (var (userId, organisation, role) in new[] { (Cb18Scene.President, "Cour des comptes", PanelRole.President), (Inria, "Inria", PanelRole.Member), (Ademe, "Ademe", PanelRole.Rapporteur) })
        {
            await panels.AddPanelMemberAsync(new AddPanelMemberRequest
            {
                PanelId = panel.Id,
                Member = new PanelMember { UserId = userId, DisplayName = userId, Organisation = organisation, Kind = MemberKind.Expert, Role = role },
            }, cancellationToken: Cancellation);
        }
        await panels.DefineGridAsync(new DefineGridRequest { PanelId = panel.Id, DefaultGrid = DefaultGrid.CartesBlanches2018 }, cancellationToken: Cancellation);
        var assignments = Jury.Assignments(Jury.StaffToken);
        await assignments.ConfigureAssignmentsAsync(new ConfigureAssignmentsRequest { PanelId = panel.Id, ReviewersPerDossier = 2, MaxPerJuror = 8 }, cancellationToken: Cancellation);
        foreach (var dossier in dossiers)
        {
            foreach (var juror in new[] { Inria, Ademe })
            {
                await assignments.AssignReviewerAsync(new AssignReviewerRequest { PanelId = panel.Id, DossierId = dossier.ToString(), JurorUserId = juror },
                    cancellationToken: Cancellation);
            }
        }
        return panel.Id;
    }

    private Task StageAsync(string decisionId, Guid dossier) => Jury.Decisions(Cb18Scene.TokenOf(Cb18Scene.President)).StageSelectionAsync(new StageSelectionRequest
    {
        DecisionId = decisionId,
        DossierId = dossier.ToString(),
        Rationale = "Défi prioritaire, équipe engagée.",
        RecommendedGrantCents = 2_500_000,
    }, cancellationToken: Cancellation).ResponseAsync;

    private async Task ShownBySubmissionAsync(Guid dossier, DossierStatus status, SubmissionPhase phase)
    {
        var staff = new Dossiers.DossiersClient(_submission!.Channel(Jury.StaffToken));
        await Eventually.Until(() => staff.GetDossierAsync(new GetDossierRequest { DossierId = dossier.ToString() }, cancellationToken: Cancellation).ResponseAsync,
            shown => shown.Status == status && shown.SelectedPhase == phase, Patience, $"Submission shows dossier {dossier} {status} {phase}");
    }

    /// <summary>The events a release wrote to the Jury's outbox, in the order written (and relayed).</summary>
    private async Task<List<IntegrationEvent>> EventsOfAsync(Guid decisionId)
    {
        var rows = await Jury.QueryAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Type == typeof(DossierSelected).FullName || m.Type == typeof(DossierNotSelected).FullName || m.Type == typeof(PhaseSelectionReleased).FullName)
            .OrderBy(m => m.Sequence).ToListAsync());
        return rows.Select(r => r.ToEvent()).Where(e => e switch
        {
            DossierSelected s => s.DecisionId == decisionId,
            DossierNotSelected n => n.DecisionId == decisionId,
            PhaseSelectionReleased p => p.DecisionId == decisionId,
            _ => false,
        }).ToList();
    }
}
