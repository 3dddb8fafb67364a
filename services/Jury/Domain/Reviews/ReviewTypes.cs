namespace Defis.Jury.Domain;

public enum ReviewStatus
{
    Draft = 1,

    /// <summary>Locked: only the panel president can reopen it.</summary>
    Submitted = 2,
}

/// <summary>The juror's overall opinion of the dossier.</summary>
public enum OverallOpinion
{
    Favourable = 1,
    FavourableWithReservations = 2,
    Unfavourable = 3,
}

/// <summary>How sure the juror is of their own assessment (e.g. outside their field: low).</summary>
public enum ConfidenceLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}

/// <summary>
/// The score of one criterion, stored in grid order; <see cref="Value"/> is null until scored. A value
/// type: a review's scores sit side by side in one array, which is what ranking reads.
/// </summary>
public readonly record struct CriterionScore(string CriterionCode, int? Value, string? Comment);

/// <summary>What a juror sends, in any order; field paths of errors use the index in <see cref="Scores"/>.</summary>
public sealed record ReviewInput(
    IReadOnlyList<ScoreInput> Scores,
    OverallOpinion? Opinion = null,
    ConfidenceLevel? Confidence = null,
    string? GeneralComment = null);

public sealed record ScoreInput(string? Criterion, int? Value, string? Comment = null);

/// <summary>A reopening of a submitted review by the panel president, with its reason.</summary>
public sealed record ReviewReopening(string ByUserId, DateTimeOffset At, string Reason);
