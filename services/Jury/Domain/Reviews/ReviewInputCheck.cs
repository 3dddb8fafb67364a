using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>
/// Field-level checks of a review against its grid. A draft may leave criteria, opinion and
/// confidence empty; a submission may not, and needs the comments the grid requires. Every bad field
/// is reported at once, e.g. <c>scores[2].value</c>.
/// </summary>
internal static class ReviewInputCheck
{
    public static CriterionScore[] Validate(ReviewInput input, EvaluationGrid grid, bool forSubmission)
    {
        var errors = new FieldViolations();
        var scores = grid.Criteria.Select(c => new CriterionScore(c.Code, null, null)).ToArray();
        var seen = new bool[scores.Length];
        for (var i = 0; i < input.Scores.Count; i++)
        {
            var index = CheckScore(input.Scores[i], $"scores[{i}]", grid, seen, forSubmission, errors);
            if (index >= 0)
            {
                var score = input.Scores[i];
                scores[index] = scores[index] with { Value = score.Value, Comment = string.IsNullOrWhiteSpace(score.Comment) ? null : score.Comment.Trim() };
            }
        }
        if (forSubmission)
        {
            for (var c = 0; c < seen.Length; c++)
            {
                if (!seen[c])
                {
                    errors.Add("scores", $"Le critère « {grid.Criteria[c].Label} » ({grid.Criteria[c].Code}) n'est pas noté.");
                }
            }
        }
        CheckChoice(errors, "overall_opinion", input.Opinion, forSubmission);
        CheckChoice(errors, "confidence", input.Confidence, forSubmission);
        errors.OptionalText("general_comment", input.GeneralComment, JuryLimits.GeneralComment);
        errors.ThrowIfAny();
        return scores;
    }

    /// <summary>Checks one score; returns its criterion's index in the grid, or -1 when the criterion is unusable.</summary>
    private static int CheckScore(ScoreInput score, string path, EvaluationGrid grid, bool[] seen, bool forSubmission, FieldViolations errors)
    {
        if (string.IsNullOrWhiteSpace(score.Criterion))
        {
            errors.Add($"{path}.criterion", "Ce champ est obligatoire.");
            return -1;
        }
        var index = grid.IndexOf(score.Criterion.Trim());
        if (index < 0)
        {
            errors.Add($"{path}.criterion", $"Critère inconnu « {score.Criterion} » : la grille v{grid.Version} ne le contient pas.");
            return -1;
        }
        var criterion = grid.Criteria[index];
        if (seen[index])
        {
            errors.Add($"{path}.criterion", $"Le critère « {criterion.Code} » est noté plusieurs fois.");
            return -1;
        }
        seen[index] = true;
        if (score.Value is null)
        {
            if (forSubmission)
            {
                errors.Add($"{path}.value", "Ce champ est obligatoire.");
            }
        }
        else if (score.Value < 0 || score.Value > criterion.ScaleMax)
        {
            errors.Add($"{path}.value", $"La note doit être comprise entre 0 et {criterion.ScaleMax} (reçu : {score.Value}).");
        }
        errors.OptionalText($"{path}.comment", score.Comment, JuryLimits.ScoreComment);
        if (forSubmission && criterion.CommentRequired && string.IsNullOrWhiteSpace(score.Comment))
        {
            errors.Add($"{path}.comment", $"Un commentaire est obligatoire pour le critère « {criterion.Label} ».");
        }
        return index;
    }

    private static void CheckChoice<TEnum>(FieldViolations errors, string field, TEnum? value, bool required) where TEnum : struct, Enum
    {
        if (value is { } chosen)
        {
            errors.KnownEnum(field, chosen);
        }
        else if (required)
        {
            errors.Add(field, "Ce champ est obligatoire.");
        }
    }
}
