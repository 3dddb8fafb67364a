namespace Defis.Submission.Domain;

/// <summary>
/// One transition of a dossier, kept for good: who, when, from, to and why, and the phase the dossier held after it
/// (<paramref name="SelectedPhase"/>; what a jury correction that takes a selection back returns to).
/// </summary>
public sealed record StatusChange(DossierStatus? From, DossierStatus To, string By, DateTimeOffset At, string? Reason = null, Phase? SelectedPhase = null);

/// <summary>Why staff sent a dossier back, and until when the team may correct it (none: no limit).</summary>
public sealed record CorrectionRequest(IReadOnlyList<string> Reasons, DateTimeOffset? Deadline);

/// <summary>Who acts on a dossier, as the service knows them from the token.</summary>
public sealed record Actor(string UserId, string? Email, bool IsProgrammeStaff)
{
    public static Actor Applicant(string userId, string? email = null) => new(userId, email, false);

    public static Actor Staff(string userId) => new(userId, null, true);
}
