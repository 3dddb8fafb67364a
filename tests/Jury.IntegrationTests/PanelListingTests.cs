using System.Net;
using System.Text.Json;
using Defis.Contracts.Jury.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using Grpc.Core;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// What a president needs to come back to their work (issue 22): the panel's decisions, newest first, for its president
/// and staff only (refused to others as the other decision routes refuse them), and the panels a person sits on, found
/// through the panels' members rather than through their assignments.
/// </summary>
public sealed class PanelListingTests(JuryHost host) : IClassFixture<JuryHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_president_and_staff_list_the_panels_decisions_newest_first()
    {
        var scene = new Cb18Scene(host, "LD18");
        await scene.FileAndConfigureAsync();
        var panelId = scene.Panel.Id;
        var president = host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President));
        var first = await president.OpenDecisionAsync(new OpenDecisionRequest { PanelId = panelId, Quota = new SelectionQuota { Maximum = 1 } }, cancellationToken: Cancellation);
        await president.StageSelectionAsync(new StageSelectionRequest
        {
            DecisionId = first.Id,
            DossierId = scene.Dossiers[1].DossierId.ToString(),
            Rationale = "Diagnostic solide.",
            RecommendedGrantCents = 15_000_000,
        }, cancellationToken: Cancellation);
        await president.ReleaseDecisionAsync(new ReleaseDecisionRequest { DecisionId = first.Id }, cancellationToken: Cancellation);
        var correction = await president.CorrectDecisionAsync(new CorrectDecisionRequest { DecisionId = first.Id, Reason = "Dotation mal saisie." },
            cancellationToken: Cancellation);

        var listed = await president.ListDecisionsAsync(new ListDecisionsRequest { PanelId = panelId }, cancellationToken: Cancellation);
        var seenByStaff = await host.Decisions(host.StaffToken).ListDecisionsAsync(new ListDecisionsRequest { PanelId = panelId }, cancellationToken: Cancellation);

        Assert.Equal([correction.Id, first.Id], listed.Decisions.Select(d => d.Id));
        Assert.Equal([DecisionStatus.Draft, DecisionStatus.Released], listed.Decisions.Select(d => d.Status));
        Assert.Equal(first.Id, listed.Decisions[0].CorrectsDecisionId);
        Assert.All(listed.Decisions, d => Assert.Equal([scene.Dossiers[1].Reference],
            d.Lines.Where(l => l.Outcome == DecisionOutcome.Selected).Select(l => l.DossierReference)));
        Assert.Equal(1, listed.Decisions[1].Quota.Maximum);
        Assert.NotNull(listed.Decisions[1].ReleasedAt);
        Assert.Equal(listed, seenByStaff);
        var elsewhere = new Cb18Scene(host, "LE18");
        await elsewhere.FileAndConfigureAsync();
        var none = await host.Decisions(host.StaffToken).ListDecisionsAsync(new ListDecisionsRequest { PanelId = elsewhere.Panel.Id }, cancellationToken: Cancellation);
        Assert.Empty(none.Decisions);
    }

    [Fact]
    public async Task Others_are_refused_the_decisions_as_the_decision_routes_refuse_them()
    {
        var scene = new Cb18Scene(host, "LR18");
        await scene.FileAndConfigureAsync();
        var request = new ListDecisionsRequest { PanelId = scene.Panel.Id };

        // The juror of the panel and a member holding the president's role elsewhere: refused as opening a decision refuses them.
        var juror = await RefusalAsync(Cb18Scene.TokenOf(Cb18Scene.Ditp), request);
        var openedByJuror = await Assert.ThrowsAsync<RpcException>(() => host.Decisions(Cb18Scene.TokenOf(Cb18Scene.Ditp))
            .OpenDecisionAsync(new OpenDecisionRequest { PanelId = scene.Panel.Id }, cancellationToken: Cancellation).ResponseAsync);
        var memberPresidingElsewhere = await RefusalAsync(TestTokens.For(Cb18Scene.Ditp, Roles.PanelPresident, Roles.Juror), request);
        // Another panel's president and an unknown panel: nothing there.
        var otherPresident = await RefusalAsync(TestTokens.For("pres-ailleurs", Roles.PanelPresident), request);
        var unknown = await RefusalAsync(host.StaffToken, new ListDecisionsRequest { PanelId = Guid.CreateVersion7().ToString() });

        Assert.Equal(StatusCode.PermissionDenied, juror.StatusCode);
        Assert.Equal(openedByJuror.StatusCode, juror.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, memberPresidingElsewhere.StatusCode);
        Assert.Equal(StatusCode.NotFound, otherPresident.StatusCode);
        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_malformed_panel_id_is_named_in_french()
    {
        using var response = await host.Service.Http(host.StaffToken).GetAsync("/api/v1/jury/panels/jury-1/decisions", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var violation = Assert.Single(json.RootElement.GetProperty("details")[0].GetProperty("fieldViolations").EnumerateArray());
        Assert.Equal("panelId", violation.GetProperty("field").GetString());
        Assert.Equal("Identifiant invalide (UUID attendu).", violation.GetProperty("description").GetString());
    }

    [Fact]
    public async Task Each_member_lists_the_panels_they_sit_on_with_their_role()
    {
        var scene = new Cb18Scene(host, "LM18");
        await scene.FileAndConfigureAsync();
        // A second panel of the call, on which nobody of the first one sits.
        var panels = host.Panels(host.StaffToken);
        var second = await panels.CreatePanelAsync(new CreatePanelRequest { ProgrammeCode = scene.Code, Phase = Phase.Experimentation }, cancellationToken: Cancellation);
        await panels.AddPanelMemberAsync(new AddPanelMemberRequest
        {
            PanelId = second.Id,
            Member = new PanelMember { UserId = "lm18-seule", DisplayName = "Jurée seule", Organisation = "Insee", Kind = MemberKind.PublicAgent, Role = PanelRole.Member },
        }, cancellationToken: Cancellation);
        await panels.AddPanelMemberAsync(new AddPanelMemberRequest
        {
            PanelId = second.Id,
            Member = new PanelMember { UserId = "lm18-pres", DisplayName = "Présidente", Organisation = "DITP", Kind = MemberKind.PublicAgent, Role = PanelRole.President },
        }, cancellationToken: Cancellation);

        var alone = await MineAsync(TestTokens.For("lm18-seule", Roles.Juror));
        var presiding = await MineAsync(TestTokens.For("lm18-pres", Roles.PanelPresident));
        var president = await MineAsync(Cb18Scene.TokenOf(Cb18Scene.President));
        var rapporteur = await MineAsync(Cb18Scene.TokenOf(Cb18Scene.Ademe));
        var nobody = await MineAsync(TestTokens.For("lm18-personne", Roles.Juror));
        var staff = await Assert.ThrowsAsync<RpcException>(() => MineAsync(host.StaffToken));

        Assert.Equal([(second.Id, scene.Code, Phase.Experimentation, PanelRole.Member)], alone.Select(Seat));
        Assert.Equal([(second.Id, scene.Code, Phase.Experimentation, PanelRole.President)], presiding.Select(Seat));
        Assert.Contains((scene.Panel.Id, scene.Code, Phase.Incubation, PanelRole.President), president.Select(Seat));
        Assert.DoesNotContain(second.Id, president.Select(p => p.PanelId));
        Assert.Contains((scene.Panel.Id, scene.Code, Phase.Incubation, PanelRole.Rapporteur), rapporteur.Select(Seat));
        // The scenes of this class share their members: every panel the president or the rapporteur sits on is one of them.
        Assert.All(president, p => Assert.Equal(PanelRole.President, p.Role));
        Assert.All(rapporteur, p => Assert.Equal(PanelRole.Rapporteur, p.Role));
        Assert.Equal(president.OrderBy(p => p.ProgrammeCode, StringComparer.Ordinal).ThenBy(p => p.Phase), president);
        Assert.Empty(nobody);
        Assert.Equal(StatusCode.PermissionDenied, staff.StatusCode);
    }

    [Fact]
    public async Task Staff_list_the_calls_panels_by_phase_and_jurors_are_refused()
    {
        var code = "LP18";
        var panels = host.Panels(host.StaffToken);
        var unknown = await Assert.ThrowsAsync<RpcException>(() => panels.ListProgrammePanelsAsync(
            new ListProgrammePanelsRequest { ProgrammeCode = code }, cancellationToken: Cancellation).ResponseAsync);
        await host.PublishProgrammeAsync(code, decisionDueDays: null);
        var none = await panels.ListProgrammePanelsAsync(new ListProgrammePanelsRequest { ProgrammeCode = code }, cancellationToken: Cancellation);
        var experimentation = await panels.CreatePanelAsync(new CreatePanelRequest { ProgrammeCode = code, Phase = Phase.Experimentation }, cancellationToken: Cancellation);
        var exploration = await panels.CreatePanelAsync(new CreatePanelRequest { ProgrammeCode = code, Phase = Phase.Exploration }, cancellationToken: Cancellation);
        exploration = await panels.AddPanelMemberAsync(new AddPanelMemberRequest
        {
            PanelId = exploration.Id,
            Member = new PanelMember { UserId = "lp18-jure", DisplayName = "Juré", Organisation = "Insee", Kind = MemberKind.PublicAgent, Role = PanelRole.Member },
        }, cancellationToken: Cancellation);
        // Another call's panel is not this call's.
        var elsewhere = new Cb18Scene(host, "LQ18");
        await elsewhere.FileAndConfigureAsync();

        var listed = await panels.ListProgrammePanelsAsync(new ListProgrammePanelsRequest { ProgrammeCode = code.ToLowerInvariant() }, cancellationToken: Cancellation);
        var juror = await Assert.ThrowsAsync<RpcException>(() => host.Panels(TestTokens.For("lp18-jure", Roles.Juror))
            .ListProgrammePanelsAsync(new ListProgrammePanelsRequest { ProgrammeCode = code }, cancellationToken: Cancellation).ResponseAsync);
        var president = await Assert.ThrowsAsync<RpcException>(() => host.Panels(Cb18Scene.TokenOf(Cb18Scene.President))
            .ListProgrammePanelsAsync(new ListProgrammePanelsRequest { ProgrammeCode = code }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(none.Panels);
        Assert.Equal([(exploration.Id, Phase.Exploration, 1), (experimentation.Id, Phase.Experimentation, 0)],
            listed.Panels.Select(p => (p.Id, p.Phase, p.Members.Count)));
        Assert.Equal(exploration.Members, listed.Panels[0].Members);
        Assert.Equal(StatusCode.PermissionDenied, juror.StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, president.StatusCode);
    }

    private static (string, string, Phase, PanelRole) Seat(PanelMembership p) => (p.PanelId, p.ProgrammeCode, p.Phase, p.Role);

    private async Task<IReadOnlyList<PanelMembership>> MineAsync(string token) =>
        (await host.Panels(token).ListMyPanelsAsync(new ListMyPanelsRequest(), cancellationToken: Cancellation)).Panels;

    private async Task<RpcException> RefusalAsync(string token, ListDecisionsRequest request) =>
        await Assert.ThrowsAsync<RpcException>(() => host.Decisions(token).ListDecisionsAsync(request, cancellationToken: Cancellation).ResponseAsync);
}
