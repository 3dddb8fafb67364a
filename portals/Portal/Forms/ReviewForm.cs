using System.Globalization;
using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>
/// A juror's review as the form holds it: a score and a comment for each criterion of the grid, in the grid's order, then
/// the overall opinion. Every criterion is sent, unscored ones without a value (a draft may leave them), so the n-th
/// score of the platform's field violations is the n-th criterion of the form.
/// </summary>
public sealed class ReviewForm
{
    public List<CriterionAnswer> Scores { get; set; } = [];

    public OverallOpinion Opinion { get; set; }

    public ConfidenceLevel Confidence { get; set; }

    /// <summary>Null when the box was left empty (model binding turns an empty field into null), like the answers' texts.</summary>
    public string? GeneralComment { get; set; }

    public sealed class CriterionAnswer
    {
        public string? Value { get; set; }

        public string? Comment { get; set; }
    }

    public static ReviewForm From(Grid grid, Review? review) => new()
    {
        Scores = [.. grid.Criteria.Select(c => review?.Scores.FirstOrDefault(s => s.Criterion == c.Code) is { } score
            ? new CriterionAnswer { Value = score.HasValue ? score.Value.ToString(CultureInfo.InvariantCulture) : "", Comment = score.Comment }
            : new CriterionAnswer())],
        Opinion = review?.OverallOpinion ?? OverallOpinion.Unspecified,
        Confidence = review?.Confidence ?? ConfidenceLevel.Unspecified,
        GeneralComment = review?.GeneralComment ?? "",
    };

    /// <summary>The inputs of the form for <paramref name="grid"/>, with the platform's path each edits, in the page's order.</summary>
    public static IReadOnlyList<FormField> Fields(Grid grid) =>
    [
        .. grid.Criteria.SelectMany((c, i) => new FormField[]
        {
            new(ScoreInput(i), $"scores[{i}].value", $"Note — {c.Label}"),
            new(CommentInput(i), $"scores[{i}].comment", $"Commentaire — {c.Label}"),
        }),
        new("Form_Opinion", "overallOpinion", "Avis général"),
        new("Form_Confidence", "confidence", "Degré de confiance"),
        new("Form_GeneralComment", "generalComment", "Commentaire général"),
    ];

    public static string ScoreInput(int index) => $"Form_Note_{index}";

    public static string CommentInput(int index) => $"Form_Commentaire_{index}";

    /// <summary>The request, or null with the form's own problem (a score that is not a whole number) in <paramref name="errors"/>.</summary>
    public SaveReviewRequest? ToRequest(string panelId, string dossierId, Grid grid, FormErrors errors)
    {
        var request = new SaveReviewRequest
        {
            PanelId = panelId, DossierId = dossierId, OverallOpinion = Opinion, Confidence = Confidence, GeneralComment = GeneralComment?.Trim() ?? "",
        };
        for (var i = 0; i < grid.Criteria.Count; i++)
        {
            var answer = i < Scores.Count ? Scores[i] : new CriterionAnswer();
            var score = new Score { Criterion = grid.Criteria[i].Code, Comment = answer.Comment?.Trim() ?? "" };
            if (int.TryParse(answer.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                score.Value = value;
            }
            else if (!string.IsNullOrWhiteSpace(answer.Value))
            {
                errors.Add(ScoreInput(i), $"Note — {grid.Criteria[i].Label}", "La note doit être un nombre entier.");
            }
            request.Scores.Add(score);
        }
        return errors.Any ? null : request;
    }
}
