using Defis.Jury.Domain;
using Contract = Defis.Contracts.Jury.V1;

namespace Defis.Jury.Grpc;

internal static class ReviewMapping
{
    public static ReviewInput ToInput(this Contract.SaveReviewRequest request) => new(
        request.Scores.Select(s => new ScoreInput(s.Criterion, s.HasValue ? s.Value : null, s.Comment)).ToArray(),
        request.OverallOpinion.Optional<OverallOpinion>(),
        request.Confidence.Optional<ConfidenceLevel>(),
        string.IsNullOrWhiteSpace(request.GeneralComment) ? null : request.GeneralComment);

    /// <summary>A review as its reader may see it; <paramref name="grid"/> gives the total of a submitted one.</summary>
    public static Contract.Review ToContract(this Review review, EvaluationGrid? grid)
    {
        var contract = new Contract.Review
        {
            Id = review.Id.ToString(),
            PanelId = review.PanelId.ToString(),
            DossierId = review.DossierId.ToString(),
            JurorUserId = review.JurorUserId,
            GridVersion = review.GridVersion,
            Status = (Contract.ReviewStatus)(int)review.Status,
            OverallOpinion = (Contract.OverallOpinion)(int)(review.Opinion ?? 0),
            Confidence = (Contract.ConfidenceLevel)(int)(review.Confidence ?? 0),
            GeneralComment = review.GeneralComment ?? "",
            UpdatedAt = review.UpdatedAt.ToContract(),
            SubmittedAt = review.SubmittedAt.ToContract(),
        };
        foreach (var score in review.Scores)
        {
            var item = new Contract.Score { Criterion = score.CriterionCode, Comment = score.Comment ?? "" };
            if (score.Value is { } value)
            {
                item.Value = value;
            }
            contract.Scores.Add(item);
        }
        if (review.IsSubmitted && grid is not null)
        {
            contract.Total = (double)grid.Scoring.Total(review.Scores).Round(2);
        }
        return contract;
    }
}
