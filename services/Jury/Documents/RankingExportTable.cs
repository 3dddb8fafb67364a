using Defis.Jury.Domain;
using Defis.SharedKernel.Text;

namespace Defis.Jury.Documents;

/// <summary>
/// The rows of a panel's ranking export, in the ranking's order, with their French headers (docs/exports/ranking.md):
/// the ranking's figures, then one column per criterion with its mean score on its own scale. Figures are rounded to
/// two decimals (four for the normalised score) as the ranking route rounds them; the dossier's title and lead
/// structure, typed by people, are neutralised (<see cref="SpreadsheetText"/>).
/// </summary>
public sealed class RankingExportTable(IReadOnlyList<Criterion> criteria, IReadOnlyDictionary<Guid, string> titles,
    ILookup<Guid, Review> submittedReviews)
{
    private static readonly string[] FixedHeaders =
    [
        "position", "position_normalisee", "ex_aequo", "reference", "titre", "structure_cheffe_de_file", "evaluations_faites",
        "evaluations_attendues", "moyenne", "mediane", "ecart_type", "desaccord", "score_normalise",
    ];

    public IReadOnlyList<string> Headers { get; } = [.. FixedHeaders, .. criteria.Select(c => $"critere_{c.Code}")];

    public IReadOnlyList<object> Cells(RankingRow row)
    {
        var scores = row.Scores;
        var dossier = scores.Dossier;
        var means = scores.ReviewsDone == 0 ? new Dictionary<string, Rational>() : CriterionMeans.Of(submittedReviews[dossier.Id]);
        return
        [
            Number(row.Position), Number(row.NormalisedPosition), row.Tied ? "oui" : "non", dossier.Reference,
            SpreadsheetText.Neutralised(titles.GetValueOrDefault(dossier.Id, "")), SpreadsheetText.Neutralised(dossier.LeadStructure),
            scores.ReviewsDone, scores.ReviewsExpected, Number(scores.Mean?.Round(2)), Number(scores.Median?.Round(2)),
            Number(scores.StandardDeviation is { } deviation ? Math.Round((decimal)deviation, 2) : (decimal?)null), scores.Disagreement ? "oui" : "non",
            Number(scores.NormalisedScore is { } normalised ? Math.Round((decimal)normalised, 4) : (decimal?)null),
            .. criteria.Select(c => Number(means.TryGetValue(c.Code, out var mean) ? mean.Round(2) : (decimal?)null)),
        ];
    }

    /// <summary>An absent figure is an empty cell; a present one stays a number (XLSX stores it as one).</summary>
    private static object Number(int? value) => value is { } present ? present : "";

    private static object Number(decimal? value) => value is { } present ? present : "";
}
