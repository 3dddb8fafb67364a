using System.Net;
using System.Text.Json;
using Defis.Contracts.Jury.V1;
using Google.Rpc;
using Grpc.Core;

namespace Defis.Jury.IntegrationTests;

/// <summary>Bad input is INVALID_ARGUMENT naming every bad field (HTTP 400 through transcoding), never a 500.</summary>
public sealed class BadInputTests(BadInputTests.Scene scene) : IClassFixture<BadInputTests.Scene>
{
    /// <summary>One configured call (panel, grid, assignments) that every bad request is tried against.</summary>
    public sealed class Scene(Testing.PlatformInfrastructure infrastructure) : IAsyncLifetime
    {
        public JuryHost Host { get; } = new(infrastructure);

        public Cb18Scene Call { get; private set; } = null!;

        public string AssignedJuror { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            await Host.InitializeAsync();
            Call = new Cb18Scene(Host, "BAD1");
            await Call.FileAndConfigureAsync();
            var batch = await Host.Assignments(Host.StaffToken).AssignBatchAsync(new AssignBatchRequest { PanelId = Call.Panel.Id });
            AssignedJuror = batch.Created.First(a => a.DossierId == Call.Dossiers[1].DossierId.ToString()).JurorUserId;
        }

        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    public static TheoryData<string, string[]> BadRequests => new()
    {
        { "panel without programme or phase", ["programme_code", "phase"] },
        { "member without identity or kind", ["member.user_id", "member.kind"] },
        { "criterion with bad code, no label, no weight, no scale", ["criteria[0].code", "criteria[0].label", "criteria[0].weight", "criteria[0].scale_max"] },
        { "grid with both criteria and a default", ["default_grid"] },
        { "assignment policy of zeros", ["reviewers_per_dossier", "max_per_juror"] },
        { "manual assignment of nobody to a malformed dossier", ["dossier_id", "juror_user_id"] },
        { "manual assignment of someone off the panel", ["juror_user_id"] },
        { "replacement with nothing filled in", ["panel_id", "dossier_id", "from_juror_user_id", "to_juror_user_id", "reason"] },
        { "replacement without a reason, to someone off the panel", ["reason"] },
        { "replacement by someone off the panel", ["to_juror_user_id"] },
        { "conflict on a dossier that is no id, of no type", ["target", "type"] },
        { "conflict without a call, a kind, a target or a type", ["programme_code", "target_kind", "target", "type"] },
        { "review of malformed ids", ["panel_id", "dossier_id"] },
        { "submission out of scale, unknown criterion, incomplete", ["scores[0].value", "scores[1].criterion", "scores", "scores", "scores", "overall_opinion", "confidence"] },
        { "draft with a duplicated criterion and a negative score", ["scores[1].criterion", "scores[0].value"] },
        { "quota whose minimum exceeds its maximum", ["quota"] },
        { "decisions of a malformed panel id", ["panel_id"] },
        { "selection of malformed ids", ["decision_id", "dossier_id"] },
        { "withdrawal of a selection by malformed ids", ["decision_id", "dossier_id"] },
        { "correction of a malformed id without a reason", ["decision_id", "reason"] },
        { "correction with a reason too long", ["reason"] },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Grpc_names_every_bad_field(string change, string[] fields)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => Send(change));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var badRequest = error.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal(fields.Order(), badRequest.FieldViolations.Select(v => v.Field).Order());
        Assert.All(badRequest.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
    }

    [Fact]
    public async Task Rest_answers_400_naming_the_bad_criterion_fields()
    {
        using var client = scene.Host.Service.Http(scene.Host.StaffToken);
        using var body = new StringContent("""{"criteria": [{"code": "Impact!", "label": "Impact", "weight": 1, "scaleMax": 500}]}""", System.Text.Encoding.UTF8, "application/json");

        using var response = await client.PutAsync($"/api/v1/jury/panels/{scene.Call.Panel.Id}/grid", body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var fields = json.RootElement.GetProperty("details")[0].GetProperty("fieldViolations").EnumerateArray().Select(v => v.GetProperty("field").GetString());
        Assert.Equal(["criteria[0].code", "criteria[0].scaleMax"], fields.Order());
    }

    private Task Send(string change)
    {
        var host = scene.Host;
        var panelId = scene.Call.Panel.Id;
        var juror = Cb18Scene.TokenOf(scene.AssignedJuror);
        var dossier = scene.Call.Dossiers[1].DossierId.ToString();
        var cancellation = TestContext.Current.CancellationToken;
        return change switch
        {
            "panel without programme or phase" => host.Panels(host.StaffToken).CreatePanelAsync(new CreatePanelRequest(), cancellationToken: cancellation).ResponseAsync,
            "member without identity or kind" => host.Panels(host.StaffToken).AddPanelMemberAsync(new AddPanelMemberRequest
            {
                PanelId = panelId,
                Member = new PanelMember { UserId = " ", DisplayName = "Expert", Organisation = "Inria", Role = PanelRole.Member },
            }, cancellationToken: cancellation).ResponseAsync,
            "criterion with bad code, no label, no weight, no scale" => host.Panels(host.StaffToken).DefineGridAsync(new DefineGridRequest
            {
                PanelId = panelId,
                Criteria = { new Criterion { Code = "Bad Code" } },
            }, cancellationToken: cancellation).ResponseAsync,
            "grid with both criteria and a default" => host.Panels(host.StaffToken).DefineGridAsync(new DefineGridRequest
            {
                PanelId = panelId,
                DefaultGrid = DefaultGrid.CartesBlanches2018,
                Criteria = { new Criterion { Code = "impact", Label = "Impact", Weight = 1, ScaleMax = 5 } },
            }, cancellationToken: cancellation).ResponseAsync,
            "assignment policy of zeros" => host.Assignments(host.StaffToken).ConfigureAssignmentsAsync(
                new ConfigureAssignmentsRequest { PanelId = panelId }, cancellationToken: cancellation).ResponseAsync,
            "manual assignment of nobody to a malformed dossier" => host.Assignments(host.StaffToken).AssignReviewerAsync(
                new AssignReviewerRequest { PanelId = panelId, DossierId = "CB18-0002", JurorUserId = " " }, cancellationToken: cancellation).ResponseAsync,
            "manual assignment of someone off the panel" => host.Assignments(host.StaffToken).AssignReviewerAsync(
                new AssignReviewerRequest { PanelId = panelId, DossierId = dossier, JurorUserId = "passant" }, cancellationToken: cancellation).ResponseAsync,
            "replacement with nothing filled in" => host.Assignments(host.StaffToken).ReassignReviewerAsync(
                new ReassignReviewerRequest(), cancellationToken: cancellation).ResponseAsync,
            "replacement without a reason, to someone off the panel" => host.Assignments(host.StaffToken).ReassignReviewerAsync(new ReassignReviewerRequest
            {
                PanelId = panelId, DossierId = dossier, FromJurorUserId = scene.AssignedJuror, ToJurorUserId = "passant", Reason = " ",
            }, cancellationToken: cancellation).ResponseAsync,
            "replacement by someone off the panel" => host.Assignments(host.StaffToken).ReassignReviewerAsync(new ReassignReviewerRequest
            {
                PanelId = panelId, DossierId = dossier, FromJurorUserId = scene.AssignedJuror, ToJurorUserId = "passant", Reason = "Indisponible.",
            }, cancellationToken: cancellation).ResponseAsync,
            "conflict on a dossier that is no id, of no type" => host.Conflicts(juror).DeclareConflictAsync(new DeclareConflictRequest
            {
                ProgrammeCode = scene.Call.Code,
                TargetKind = ConflictTargetKind.Dossier,
                Target = "dossier-42",
            }, cancellationToken: cancellation).ResponseAsync,
            "conflict without a call, a kind, a target or a type" => host.Conflicts(juror).DeclareConflictAsync(new DeclareConflictRequest(),
                cancellationToken: cancellation).ResponseAsync,
            "review of malformed ids" => host.Reviews(juror).SaveReviewDraftAsync(new SaveReviewRequest { PanelId = "panel", DossierId = "" }, cancellationToken: cancellation).ResponseAsync,
            "submission out of scale, unknown criterion, incomplete" => host.Reviews(juror).SubmitReviewAsync(new SaveReviewRequest
            {
                PanelId = panelId,
                DossierId = dossier,
                Scores = { new Score { Criterion = "impact", Value = 9, Comment = "Très fort." }, new Score { Criterion = "budget", Value = 3 } },
            }, cancellationToken: cancellation).ResponseAsync,
            "draft with a duplicated criterion and a negative score" => host.Reviews(juror).SaveReviewDraftAsync(new SaveReviewRequest
            {
                PanelId = panelId,
                DossierId = dossier,
                Scores = { new Score { Criterion = "terrain", Value = -1 }, new Score { Criterion = "TERRAIN", Value = 2 } },
            }, cancellationToken: cancellation).ResponseAsync,
            "quota whose minimum exceeds its maximum" => host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President)).OpenDecisionAsync(new OpenDecisionRequest
            {
                PanelId = panelId,
                Quota = new SelectionQuota { Minimum = 5, Maximum = 3 },
            }, cancellationToken: cancellation).ResponseAsync,
            "decisions of a malformed panel id" => host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President)).ListDecisionsAsync(
                new ListDecisionsRequest { PanelId = "jury-1" }, cancellationToken: cancellation).ResponseAsync,
            "selection of malformed ids" => host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President)).StageSelectionAsync(
                new StageSelectionRequest { DecisionId = "x", DossierId = "y", Rationale = "Bon dossier." }, cancellationToken: cancellation).ResponseAsync,
            "withdrawal of a selection by malformed ids" => host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President)).WithdrawSelectionAsync(
                new WithdrawSelectionRequest { DecisionId = "", DossierId = "CB18-0001" }, cancellationToken: cancellation).ResponseAsync,
            "correction of a malformed id without a reason" => host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President)).CorrectDecisionAsync(
                new CorrectDecisionRequest { DecisionId = "decision-1", Reason = "  " }, cancellationToken: cancellation).ResponseAsync,
            "correction with a reason too long" => host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President)).CorrectDecisionAsync(
                new CorrectDecisionRequest { DecisionId = Guid.CreateVersion7().ToString(), Reason = new string('r', 5000) }, cancellationToken: cancellation).ResponseAsync,
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "No such bad request."),
        };
    }
}
