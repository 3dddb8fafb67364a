using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Defis.Contracts.Jury.V1;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using MiniExcelLibs;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// The panel's ranking as CSV and XLSX (docs/exports/ranking.md) over REST on the real service and PostgreSQL: the same
/// rows and figures as the ranking route, a mean per criterion, a title typed as a formula neutralised; refused to the
/// president while the blind-review rule (decision 0020) still seals one of the rows, to jurors, and on bad input.
/// </summary>
public sealed class RankingExportTests(JuryHost host) : IClassFixture<JuryHost>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Staff_and_the_president_export_the_ranking_with_per_criterion_means_once_the_blind_rule_allows()
    {
        var scene = new Cb18Scene(host, "RX18") { AsFiled = d => d.Reference.EndsWith("-0002", StringComparison.Ordinal) ? d with { Title = "=1+1 tableur" } : d };
        await scene.FileAndConfigureAsync();
        var panelId = scene.Panel.Id;
        var (d1, d2, d3) = (scene.Dossiers[0], scene.Dossiers[1], scene.Dossiers[2]);
        foreach (var (dossier, juror) in new[] { (d1, Cb18Scene.President), (d1, Cb18Scene.Ademe), (d2, Cb18Scene.Ditp), (d2, Cb18Scene.Inria), (d3, Cb18Scene.Inria), (d3, Cb18Scene.Ademe) })
        {
            await host.Assignments(host.StaffToken).AssignReviewerAsync(
                new AssignReviewerRequest { PanelId = panelId, DossierId = $"{dossier.DossierId}", JurorUserId = juror }, cancellationToken: Cancellation);
        }
        foreach (var (dossier, juror, level) in new[] { (d1, Cb18Scene.Ademe, 5), (d2, Cb18Scene.Ditp, 3), (d2, Cb18Scene.Inria, 4), (d3, Cb18Scene.Inria, 1), (d3, Cb18Scene.Ademe, 2) })
        {
            await host.Reviews(Cb18Scene.TokenOf(juror)).SubmitReviewAsync(Cb18Scene.Review(panelId, dossier, level), cancellationToken: Cancellation);
        }
        var president = Cb18Scene.TokenOf(Cb18Scene.President);
        await host.Reviews(president).SaveReviewDraftAsync(Cb18Scene.Review(panelId, d1, 4), cancellationToken: Cancellation);
        var path = $"/api/v1/jury/panels/{panelId}/ranking/export";

        using var sealedForPresident = await host.Service.Http(president).GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.BadRequest, sealedForPresident.StatusCode);
        Assert.Contains("RANKING_SEALED", await sealedForPresident.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);

        var ranking = await host.Decisions(host.StaffToken).GetRankingAsync(new GetRankingRequest { PanelId = panelId }, cancellationToken: Cancellation);
        var csv = await CsvAsync(host.StaffToken, path + "?format=csv");
        Assert.Equal(["position", "position_normalisee", "ex_aequo", "reference", "titre", "structure_cheffe_de_file", "evaluations_faites",
            "evaluations_attendues", "moyenne", "mediane", "ecart_type", "desaccord", "score_normalise", "critere_impact", "critere_diagnostic",
            "critere_equipe", "critere_terrain"], csv[0]);
        Assert.All(csv, line => Assert.Equal(csv[0].Length, line.Length));
        var rows = csv.Skip(1).Select(cells => csv[0].Zip(cells).ToDictionary(p => p.First, p => p.Second)).ToArray();
        Assert.Equal(ranking.Rows.Select(r => r.DossierReference), rows.Select(r => r["reference"]));
        Assert.Equal(ranking.Rows.Select(r => $"{r.Position}"), rows.Select(r => r["position"]));
        Assert.Equal(ranking.Rows.Select(r => r.Mean), rows.Select(r => double.Parse(r["moyenne"], CultureInfo.InvariantCulture)));
        Assert.Equal(ranking.Rows.Select(r => $"{r.ReviewsDone}/{r.ReviewsExpected}"), rows.Select(r => $"{r["evaluations_faites"]}/{r["evaluations_attendues"]}"));
        var second = rows.Single(r => r["reference"] == d2.Reference);
        Assert.Equal(("3.5", "3.5", "2.5", "3.5"), (second["critere_impact"], second["critere_diagnostic"], second["critere_equipe"], second["critere_terrain"]));
        Assert.Equal("'=1+1 tableur", second["titre"]);
        Assert.Equal(("5", "4"), (rows.Single(r => r["reference"] == d1.Reference)["critere_impact"], rows.Single(r => r["reference"] == d1.Reference)["critere_equipe"]));

        await host.Reviews(president).SubmitReviewAsync(Cb18Scene.Review(panelId, d1, 4), cancellationToken: Cancellation);
        using var xlsx = await host.Service.Http(president).GetAsync(path + "?format=xlsx", Cancellation);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var sheet = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Cancellation));
        var cells = sheet.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(3, cells.Count);
        var first = cells.Single(r => (string)r["reference"] == d1.Reference);
        Assert.Equal((4.5, 2), (Convert.ToDouble(first["critere_impact"], CultureInfo.InvariantCulture), Convert.ToInt32(first["evaluations_faites"], CultureInfo.InvariantCulture)));
        Assert.Equal("'=1+1 tableur", cells.Single(r => (string)r["reference"] == d2.Reference)["titre"]);
    }

    [Fact]
    public async Task Jurors_others_bad_ids_and_formats_are_refused()
    {
        var scene = new Cb18Scene(host, "RY18");
        await scene.FileAndConfigureAsync();
        var path = $"/api/v1/jury/panels/{scene.Panel.Id}/ranking/export";

        using var juror = await host.Service.Http(Cb18Scene.TokenOf(Cb18Scene.Ditp)).GetAsync(path, Cancellation);
        using var presidentElsewhere = await host.Service.Http(TestTokens.For(Cb18Scene.Ditp, Roles.PanelPresident, Roles.Juror)).GetAsync(path, Cancellation);
        using var outsider = await host.Service.Http(TestTokens.For("pres-ailleurs", Roles.PanelPresident)).GetAsync(path, Cancellation);
        using var unknown = await host.Service.Http(host.StaffToken).GetAsync($"/api/v1/jury/panels/{Guid.CreateVersion7()}/ranking/export", Cancellation);
        using var bad = await host.Service.Http(host.StaffToken).GetAsync("/api/v1/jury/panels/jury-1/ranking/export?format=pdf", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, juror.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, presidentElsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var json = JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Cancellation));
        var violations = json.RootElement.GetProperty("details")[0].GetProperty("fieldViolations").EnumerateArray().ToArray();
        Assert.Equal(["format", "panelId"], violations.Select(v => v.GetProperty("field").GetString()).Order());
        Assert.All(violations, v => Assert.False(string.IsNullOrWhiteSpace(v.GetProperty("description").GetString())));
    }

    /// <summary>
    /// The CSV's rows split into cells; no cell of this scene holds a comma or a quote. JSON transcoding ends a streamed
    /// body with a line feed of its own, hence the blank line dropped.
    /// </summary>
    private async Task<string[][]> CsvAsync(string token, string path)
    {
        using var response = await host.Service.Http(token).GetAsync(path, Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/csv", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancellation);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. lines.Select(line => line.Split(','))];
    }
}
