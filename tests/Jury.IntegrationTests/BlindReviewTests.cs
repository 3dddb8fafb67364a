using System.Text.Json;
using Defis.Contracts.Jury.V1;
using Google.Protobuf;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// Blind review on every route a juror reads, over gRPC and REST (docs/decisions/0020-blind-review.md): before their
/// own review of a dossier is submitted, a juror learns nothing of another juror's review of it — not the score, the
/// comment, the reviewer, an aggregate, nor the dossier's place in the ranking. Once it is submitted, they do.
/// </summary>
public sealed class BlindReviewTests(JuryHost host) : IClassFixture<JuryHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_juror_reads_nothing_of_others_reviews_of_a_dossier_on_any_route_until_their_own_is_submitted()
    {
        var scene = new Cb18Scene(host, "BR18");
        await scene.FileAndConfigureAsync();
        var panelId = scene.Panel.Id;
        var batch = await host.Assignments(host.StaffToken).AssignBatchAsync(new AssignBatchRequest { PanelId = panelId }, cancellationToken: Cancellation);
        var dossier = scene.Dossiers[1];
        var reviewers = batch.Created.Where(a => a.DossierId == dossier.DossierId.ToString()).Select(a => a.JurorUserId).ToArray();
        var (first, second) = (reviewers[0], reviewers[1]);
        await host.Reviews(Cb18Scene.TokenOf(first)).SubmitReviewAsync(Cb18Scene.Review(panelId, dossier, 5), cancellationToken: Cancellation);
        await host.Reviews(Cb18Scene.TokenOf(second)).SaveReviewDraftAsync(Cb18Scene.Review(panelId, dossier, 1), cancellationToken: Cancellation);

        var before = await ReadEveryRouteAsync(second, panelId, dossier.DossierId);
        await host.Reviews(Cb18Scene.TokenOf(second)).SubmitReviewAsync(Cb18Scene.Review(panelId, dossier, 1), cancellationToken: Cancellation);
        var after = await ReadEveryRouteAsync(second, panelId, dossier.DossierId);

        Assert.All(before, route => Assert.False(route.Value.Reveals(first), $"{route.Key} reveals {first}'s review before {second} submitted"));
        Assert.All(after, route => Assert.True(route.Value.Reveals(first), $"{route.Key} hides {first}'s submitted review from a juror who submitted"));
    }

    /// <summary>What each route tells the juror about the dossier, as the JSON a client receives.</summary>
    private async Task<Dictionary<string, Reading>> ReadEveryRouteAsync(string juror, string panelId, Guid dossierId)
    {
        var token = Cb18Scene.TokenOf(juror);
        var http = host.Service.Http(token);
        var reviews = new ListDossierReviewsRequest { PanelId = panelId, DossierId = dossierId.ToString() };
        var ranking = await host.Decisions(token).GetRankingAsync(new GetRankingRequest { PanelId = panelId }, cancellationToken: Cancellation);
        var listed = await host.Reviews(token).ListDossierReviewsAsync(reviews, cancellationToken: Cancellation);
        return new Dictionary<string, Reading>
        {
            ["gRPC GetRanking"] = Reading.OfRanking(JsonFormatter.Default.Format(ranking), dossierId),
            ["REST GET ranking"] = Reading.OfRanking(await http.GetStringAsync($"/api/v1/jury/panels/{panelId}/ranking", Cancellation), dossierId),
            ["gRPC ListDossierReviews"] = Reading.OfReviews(JsonFormatter.Default.Format(listed)),
            ["REST GET reviews"] = Reading.OfReviews(await http.GetStringAsync($"/api/v1/jury/panels/{panelId}/dossiers/{dossierId}/reviews", Cancellation)),
        };
    }

    private sealed record Reading(string Json, bool HasFigures)
    {
        public bool Reveals(string otherJuror) => HasFigures || Json.Contains(otherJuror, StringComparison.Ordinal);

        /// <summary>The dossier's row: any aggregate or position is something learnt from others' reviews.</summary>
        public static Reading OfRanking(string json, Guid dossierId)
        {
            using var document = JsonDocument.Parse(json);
            var row = document.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("dossierId").GetString() == dossierId.ToString());
            var figures = new[] { "position", "normalisedPosition", "mean", "median", "standardDeviation", "normalisedScore" }
                .Any(name => row.TryGetProperty(name, out _)) || row.TryGetProperty("meanExact", out var exact) && exact.GetString() is { Length: > 0 };
            return new(json, figures);
        }

        public static Reading OfReviews(string json) => new(json, HasFigures: false);
    }
}
