using Defis.Contracts.Events;
using Defis.Contracts.Jury.V1;
using Defis.Testing;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.IntegrationTests;

/// <summary>From filed dossiers to a released decision, on real PostgreSQL and RabbitMQ.</summary>
public sealed class JuryFlowTests(JuryHost host) : IClassFixture<JuryHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Filed_dossiers_are_assigned_without_conflicts_reviewed_ranked_and_decided()
    {
        var scene = new Cb18Scene(host, "CB18");
        await scene.FileAndConfigureAsync();
        var panelId = scene.Panel.Id;

        var batch = await host.Assignments(host.StaffToken).AssignBatchAsync(new AssignBatchRequest { PanelId = panelId }, cancellationToken: Cancellation);

        var pairs = batch.Created.Select(a => (Dossier: Guid.Parse(a.DossierId), a.JurorUserId)).ToArray();
        Assert.Equal(6, pairs.Length);
        Assert.All(scene.Dossiers, d => Assert.Equal(2, pairs.Count(p => p.Dossier == d.DossierId)));
        Assert.DoesNotContain((scene.Dossiers[0].DossierId, Cb18Scene.Inria), pairs);
        Assert.DoesNotContain((scene.Dossiers[2].DossierId, Cb18Scene.Ditp), pairs);
        var mine = await host.Assignments(Cb18Scene.TokenOf(Cb18Scene.Inria)).ListMyAssignmentsAsync(new ListMyAssignmentsRequest(), cancellationToken: Cancellation);
        Assert.Equal(pairs.Where(p => p.JurorUserId == Cb18Scene.Inria).Select(p => p.Dossier.ToString()).Order(), mine.Assignments.Select(a => a.DossierId).Order());
        var announced = await host.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Type == typeof(ReviewerAssigned).FullName).ToListAsync());
        Assert.Equal(pairs.Order(), announced.Select(m => (ReviewerAssigned)m.ToEvent()).Select(e => (e.DossierId, e.JurorUserId)).Order());

        await ConflictedAndUnassignedJurorsAreKeptOutAsync(scene, pairs);
        await OthersScoresShowOnlyAfterOnesOwnSubmissionAsync(scene, pairs);
        foreach (var (dossier, juror) in pairs.Where(p => p.Dossier != scene.Dossiers[1].DossierId))
        {
            var level = dossier == scene.Dossiers[0].DossierId ? 5 : 2;
            await host.Reviews(Cb18Scene.TokenOf(juror)).SubmitReviewAsync(Cb18Scene.Review(panelId, scene.Dossiers.Single(d => d.DossierId == dossier), level), cancellationToken: Cancellation);
        }

        var ranking = await host.Decisions(host.StaffToken).GetRankingAsync(new GetRankingRequest { PanelId = panelId }, cancellationToken: Cancellation);
        Assert.Equal(scene.Dossiers.Select(d => d.Reference), ranking.Rows.Select(r => r.DossierReference));
        Assert.Equal([1, 2, 3], ranking.Rows.Select(r => r.Position));
        Assert.All(ranking.Rows, r => Assert.Equal((2, 2), (r.ReviewsDone, r.ReviewsExpected)));
        Assert.Equal(95, ranking.Rows[0].Mean);
        var seenByDitp = await host.Decisions(Cb18Scene.TokenOf(Cb18Scene.Ditp)).GetRankingAsync(new GetRankingRequest { PanelId = panelId }, cancellationToken: Cancellation);
        Assert.DoesNotContain(scene.Dossiers[2].Reference, seenByDitp.Rows.Select(r => r.DossierReference));

        await ReleaseSelectsTheBestAndAnnouncesEveryOutcomeAsync(scene);
    }

    private async Task ConflictedAndUnassignedJurorsAreKeptOutAsync(Cb18Scene scene, (Guid Dossier, string JurorUserId)[] pairs)
    {
        var conflicted = host.Reviews(Cb18Scene.TokenOf(Cb18Scene.Inria));
        var onDossier1 = Cb18Scene.Review(scene.Panel.Id, scene.Dossiers[0], 3);
        var read = await Assert.ThrowsAsync<RpcException>(() => conflicted.ListDossierReviewsAsync(
            new ListDossierReviewsRequest { PanelId = scene.Panel.Id, DossierId = onDossier1.DossierId }, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, read.StatusCode);
        var write = await Assert.ThrowsAsync<RpcException>(() => conflicted.SaveReviewDraftAsync(onDossier1, cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.NotFound, write.StatusCode);

        var dossier2 = scene.Dossiers[1];
        var outsider = new[] { Cb18Scene.President, Cb18Scene.Ditp, Cb18Scene.Inria, Cb18Scene.Ademe }.First(j => !pairs.Contains((dossier2.DossierId, j)));
        var unassigned = await Assert.ThrowsAsync<RpcException>(() => host.Reviews(Cb18Scene.TokenOf(outsider))
            .SaveReviewDraftAsync(Cb18Scene.Review(scene.Panel.Id, dossier2, 3), cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, unassigned.StatusCode);
    }

    private async Task OthersScoresShowOnlyAfterOnesOwnSubmissionAsync(Cb18Scene scene, (Guid Dossier, string JurorUserId)[] pairs)
    {
        var dossier = scene.Dossiers[1];
        var reviewers = pairs.Where(p => p.Dossier == dossier.DossierId).Select(p => p.JurorUserId).ToArray();
        var first = host.Reviews(Cb18Scene.TokenOf(reviewers[0]));
        var second = host.Reviews(Cb18Scene.TokenOf(reviewers[1]));
        var list = new ListDossierReviewsRequest { PanelId = scene.Panel.Id, DossierId = dossier.DossierId.ToString() };

        await first.SubmitReviewAsync(Cb18Scene.Review(scene.Panel.Id, dossier, 3), cancellationToken: Cancellation);
        await second.SaveReviewDraftAsync(Cb18Scene.Review(scene.Panel.Id, dossier, 4), cancellationToken: Cancellation);
        var beforeOwn = await second.ListDossierReviewsAsync(list, cancellationToken: Cancellation);
        await second.SubmitReviewAsync(Cb18Scene.Review(scene.Panel.Id, dossier, 4), cancellationToken: Cancellation);
        var afterOwn = await second.ListDossierReviewsAsync(list, cancellationToken: Cancellation);

        Assert.Equal([reviewers[1]], beforeOwn.Reviews.Select(r => r.JurorUserId));
        Assert.Equal(reviewers.Order(), afterOwn.Reviews.Select(r => r.JurorUserId).Order());
        Assert.All(afterOwn.Reviews, r => Assert.Equal(ReviewStatus.Submitted, r.Status));
    }

    private async Task ReleaseSelectsTheBestAndAnnouncesEveryOutcomeAsync(Cb18Scene scene)
    {
        var president = host.Decisions(Cb18Scene.TokenOf(Cb18Scene.President));
        var best = scene.Dossiers[0];
        var decision = await president.OpenDecisionAsync(new OpenDecisionRequest
        {
            PanelId = scene.Panel.Id,
            Quota = new SelectionQuota { Minimum = 1, Maximum = 1 },
        }, cancellationToken: Cancellation);
        await president.StageSelectionAsync(new StageSelectionRequest
        {
            DecisionId = decision.Id,
            DossierId = best.DossierId.ToString(),
            Rationale = "Impact fort et équipe solide.",
            RecommendedGrantCents = 2_500_000,
        }, cancellationToken: Cancellation);

        var released = await president.ReleaseDecisionAsync(new ReleaseDecisionRequest { DecisionId = decision.Id }, cancellationToken: Cancellation);
        var again = await Assert.ThrowsAsync<RpcException>(() => president.ReleaseDecisionAsync(new ReleaseDecisionRequest { DecisionId = decision.Id }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(DecisionStatus.Released, released.Status);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        var outbox = await Eventually.Until(
            () => host.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Type.EndsWith("Selected")).ToListAsync()),
            rows => rows.Count == 3 && rows.All(r => r.PublishedAt is not null), TimeSpan.FromSeconds(30), "three outcomes published by the relay");
        var selected = Assert.Single(outbox, m => m.Type == typeof(DossierSelected).FullName);
        Assert.Equal(best.DossierId, selected.AggregateId);
        Assert.Contains("2500000", selected.Payload);
        Assert.Equal(scene.Dossiers.Skip(1).Select(d => d.DossierId).Order(),
            outbox.Where(m => m.Type == typeof(DossierNotSelected).FullName).Select(m => m.AggregateId).Order());
    }
}
