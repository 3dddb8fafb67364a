namespace Defis.Jury.Domain;

/// <summary>
/// What Jury holds about one person as a juror (decision 0030): the panels they sit on (their own membership, not the
/// others'), the conflicts declared for them, the dossiers they were assigned (by reference only: blind review), and
/// the reviews they wrote. Never another juror's review, nor a dossier they were not assigned.
/// </summary>
public sealed record JurorRecord(
    IReadOnlyList<PanelSeat> Panels,
    IReadOnlyList<DeclaredConflict> Conflicts,
    IReadOnlyList<ConflictWaiver> ConflictWaivers,
    IReadOnlyList<AssignedDossier> Assignments,
    IReadOnlyList<WrittenReview> Reviews)
{
    public static JurorRecord Of(string userId, IEnumerable<Panel> panels, IEnumerable<ConflictRegister> registers,
        IEnumerable<Assignment> assignments, IEnumerable<Review> reviews)
    {
        var mine = assignments.Where(a => a.JurorUserId == userId).ToList();
        var references = mine.GroupBy(a => a.DossierId).ToDictionary(g => g.Key, g => g.First().DossierReference);
        var declarations = registers.SelectMany(r => r.Declarations.Where(d => d.JurorUserId == userId)
            .Select(d => new DeclaredConflict(r.ProgrammeCode, d.TargetKind, d.Target, d.Type, d.Note, d.DeclaredAt, d.DeclaredBy == userId)));
        var waivers = registers.SelectMany(r => r.Overrides.Where(o => o.JurorUserId == userId)
            .Select(o => new ConflictWaiver(r.ProgrammeCode, o.DossierId, references.GetValueOrDefault(o.DossierId), o.Reason, o.GrantedAt)));
        return new JurorRecord(
            [.. panels.Select(p => PanelSeat.Of(p, userId)).OfType<PanelSeat>()],
            [.. declarations],
            [.. waivers],
            [.. mine.Select(a => new AssignedDossier(a.DossierId, a.DossierReference, a.Origin, a.AssignedAt, a.WithdrawnAt, a.WithdrawalReason))],
            [.. reviews.Where(r => r.JurorUserId == userId).Select(r => WrittenReview.Of(r, references.GetValueOrDefault(r.DossierId)))]);
    }
}

/// <summary>The person's own seat on a panel; the other members are not theirs.</summary>
public sealed record PanelSeat(Guid PanelId, string ProgrammeCode, Phase Phase, PanelRole Role, string DisplayName, string Organisation, MemberKind Kind)
{
    public static PanelSeat? Of(Panel panel, string userId) => panel.Find(userId) is { } seat
        ? new PanelSeat(panel.Id, panel.ProgrammeCode, panel.Phase, seat.Role, seat.DisplayName, seat.Organisation, seat.Kind)
        : null;
}

/// <summary>A conflict of interest recorded for the person; <paramref name="DeclaredByYou"/> is false when staff recorded it.</summary>
public sealed record DeclaredConflict(string ProgrammeCode, ConflictTargetKind TargetKind, string Target, ConflictType Type, string? Note,
    DateTimeOffset DeclaredAt, bool DeclaredByYou);

/// <summary>Staff let the person evaluate a dossier despite a conflict (who granted it is staff's, not the person's).</summary>
public sealed record ConflictWaiver(string ProgrammeCode, Guid DossierId, string? DossierReference, string Reason, DateTimeOffset GrantedAt);

public sealed record AssignedDossier(Guid DossierId, string DossierReference, AssignmentOrigin Origin, DateTimeOffset AssignedAt,
    DateTimeOffset? WithdrawnAt, string? WithdrawalReason);

/// <summary>A review the person wrote, with their scores and comments; reopenings without who reopened it.</summary>
public sealed record WrittenReview(Guid Id, Guid PanelId, Guid DossierId, string? DossierReference, ReviewStatus Status,
    IReadOnlyList<CriterionScore> Scores, OverallOpinion? Opinion, ConfidenceLevel? Confidence, string? GeneralComment,
    DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt, IReadOnlyList<ReviewReopeningCopy> Reopenings)
{
    public static WrittenReview Of(Review review, string? reference) => new(review.Id, review.PanelId, review.DossierId, reference, review.Status,
        review.Scores, review.Opinion, review.Confidence, review.GeneralComment, review.StartedAt, review.UpdatedAt, review.SubmittedAt,
        [.. review.Reopenings.Select(r => new ReviewReopeningCopy(r.At, r.Reason))]);
}

public sealed record ReviewReopeningCopy(DateTimeOffset At, string Reason);
