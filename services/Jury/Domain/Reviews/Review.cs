using System.Runtime.InteropServices;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>
/// One juror's evaluation of one dossier on one grid version: a score and comment per criterion, an
/// overall opinion and a confidence level. Draft → Submitted (locked); only the panel president
/// reopens it, with a reason. Only an assigned juror may start, save or submit it.
/// </summary>
public sealed class Review : AuditedAggregate
{
    private readonly List<CriterionScore> _scores = [];
    private readonly List<CriterionScore> _lastSubmittedScores = [];
    private readonly List<ReviewReopening> _reopenings = [];

    private Review()
    {
    }

    public Guid Id { get; private set; }

    public Guid PanelId { get; private set; }

    public Guid DossierId { get; private set; }

    public string JurorUserId { get; private set; } = "";

    public Guid GridId { get; private set; }

    public int GridVersion { get; private set; }

    public ReviewStatus Status { get; private set; }

    /// <summary>One per criterion, in grid order.</summary>
    public IReadOnlyList<CriterionScore> Scores => _scores;

    internal ReadOnlySpan<CriterionScore> ScoreSpan => CollectionsMarshal.AsSpan(_scores);

    /// <summary>The scores as last submitted, kept while reopened to record what changed.</summary>
    public IReadOnlyList<CriterionScore> LastSubmittedScores => _lastSubmittedScores;

    public OverallOpinion? Opinion { get; private set; }

    public ConfidenceLevel? Confidence { get; private set; }

    public string? GeneralComment { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    public IReadOnlyList<ReviewReopening> Reopenings => _reopenings;

    public bool IsSubmitted => Status == ReviewStatus.Submitted;

    public static Review Start(Guid dossierId, string jurorUserId, EvaluationGrid grid, PanelAssignments assignments, DateTimeOffset now)
    {
        EnsureAssigned(assignments, dossierId, jurorUserId);
        if (grid.ProgrammeCode != assignments.ProgrammeCode || grid.Phase != assignments.Phase)
        {
            throw new ArgumentException($"Grid {grid.Id} is not for {assignments.ProgrammeCode}/{assignments.Phase}.", nameof(grid));
        }
        var review = new Review
        {
            Id = Guid.CreateVersion7(now),
            PanelId = assignments.PanelId,
            DossierId = dossierId,
            JurorUserId = jurorUserId,
            GridId = grid.Id,
            GridVersion = grid.Version,
            Status = ReviewStatus.Draft,
            StartedAt = now,
            UpdatedAt = now,
        };
        review._scores.AddRange(grid.Criteria.Select(c => new CriterionScore(c.Code, null, null)));
        return review;
    }

    /// <summary>Saves the whole form as a draft; scores present must still be valid.</summary>
    public void SaveDraft(ReviewInput input, EvaluationGrid grid, PanelAssignments assignments, DateTimeOffset now)
    {
        EnsureEditable(grid, assignments);
        Store(input, ReviewInputCheck.Validate(input, grid, forSubmission: false), now);
    }

    /// <summary>
    /// Saves and locks the review. Freezes the grid version (the caller saves both). When this is a
    /// resubmission after a reopening, every changed score is audited.
    /// </summary>
    public void Submit(ReviewInput input, EvaluationGrid grid, PanelAssignments assignments, DateTimeOffset now)
    {
        EnsureEditable(grid, assignments);
        Store(input, ReviewInputCheck.Validate(input, grid, forSubmission: true), now);
        var resubmission = _lastSubmittedScores.Count > 0;
        for (var i = 0; resubmission && i < _scores.Count; i++)
        {
            var code = _scores[i].CriterionCode;
            var before = _lastSubmittedScores.FindIndex(s => s.CriterionCode == code) is var b and >= 0 ? _lastSubmittedScores[b].Value : null;
            if (before != _scores[i].Value)
            {
                Audit(now, JurorUserId, AuditAction.ScoreChanged, Id,
                    $"Critère {code} : {before?.ToString() ?? "—"} → {_scores[i].Value}.", DossierId, JurorUserId);
            }
        }
        Status = ReviewStatus.Submitted;
        SubmittedAt = now;
        _lastSubmittedScores.Clear();
        grid.Freeze(JurorUserId, now);
        Audit(now, JurorUserId, AuditAction.ReviewSubmitted, Id,
            $"Évaluation soumise (grille v{GridVersion}) : {string.Join(", ", _scores.Select(s => $"{s.CriterionCode}={s.Value}"))} ; avis {Opinion}, confiance {Confidence}.",
            DossierId, JurorUserId);
    }

    /// <summary>The panel president unlocks a submitted review, for a reason that is recorded.</summary>
    public void Reopen(Actor actor, Panel panel, string? reason, DateTimeOffset now)
    {
        if (panel.Id != PanelId)
        {
            throw new ArgumentException($"Panel {panel.Id} is not the panel of review {Id}.", nameof(panel));
        }
        panel.EnsurePresident(actor, "rouvrir une évaluation");
        new FieldViolations().RequiredText("reason", reason, JuryLimits.Reason).ThrowIfAny();
        if (!IsSubmitted)
        {
            throw new PreconditionFailedException("REVIEW_NOT_SUBMITTED", Id.ToString(), "Cette évaluation n'est pas soumise : il n'y a rien à rouvrir.");
        }
        var reopening = new ReviewReopening(actor.UserId, now, reason!.Trim());
        _reopenings.Add(reopening);
        _lastSubmittedScores.Clear();
        _lastSubmittedScores.AddRange(_scores);
        Status = ReviewStatus.Draft;
        UpdatedAt = now;
        Audit(now, actor.UserId, AuditAction.ReviewReopened, Id, $"Évaluation de {JurorUserId} rouverte. Motif : {reopening.Reason}", DossierId, JurorUserId);
    }

    /// <summary>
    /// The dossier was purged (decision 0032): every comment and reopening reason goes; scores, opinion and confidence
    /// stay, so rankings already released still add up.
    /// </summary>
    public void ForgetText()
    {
        ForgetComments(_scores);
        ForgetComments(_lastSubmittedScores);
        GeneralComment = null;
        for (var i = 0; i < _reopenings.Count; i++)
        {
            _reopenings[i] = _reopenings[i] with { Reason = DossierPurge.Erased };
        }
    }

    private static void ForgetComments(List<CriterionScore> scores)
    {
        for (var i = 0; i < scores.Count; i++)
        {
            scores[i] = scores[i] with { Comment = null };
        }
    }

    private void EnsureEditable(EvaluationGrid grid, PanelAssignments assignments)
    {
        if (grid.Id != GridId)
        {
            throw new ArgumentException($"Review {Id} is scored on grid {GridId}, not {grid.Id}.", nameof(grid));
        }
        EnsureAssigned(assignments, DossierId, JurorUserId);
        if (IsSubmitted)
        {
            throw new PreconditionFailedException("REVIEW_SUBMITTED", Id.ToString(),
                "Cette évaluation est soumise : seul le président du jury peut la rouvrir.");
        }
    }

    private static void EnsureAssigned(PanelAssignments assignments, Guid dossierId, string jurorUserId)
    {
        if (!assignments.IsAssigned(dossierId, jurorUserId))
        {
            throw new PermissionDeniedException("Vous n'êtes pas rapporteur de ce dossier : vous ne pouvez pas l'évaluer.");
        }
    }

    private void Store(ReviewInput input, CriterionScore[] scores, DateTimeOffset now)
    {
        _scores.Clear();
        _scores.AddRange(scores);
        Opinion = input.Opinion;
        Confidence = input.Confidence;
        GeneralComment = string.IsNullOrWhiteSpace(input.GeneralComment) ? null : input.GeneralComment.Trim();
        UpdatedAt = now;
    }
}
