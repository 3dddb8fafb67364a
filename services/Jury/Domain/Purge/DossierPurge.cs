namespace Defis.Jury.Domain;

/// <summary>
/// What the Jury removes of a purged dossier (decision 0032): the text people wrote about it (review comments, conflict
/// notes, override reasons, selection rationales, reopening reasons) and the copy of its team's names, also where its
/// audit entries repeat them. Scores, opinions, assignments and outcomes stay: they name no one in the team, and
/// released rankings still add up.
/// </summary>
public static class DossierPurge
{
    /// <summary>The title a purged dossier keeps, as in Submission.</summary>
    public const string PurgedTitle = "Dossier supprimé";

    /// <summary>What stands where a required text was, so a reader knows why it is missing.</summary>
    public const string Erased = "Effacé avec le dossier (décision 0032).";

    /// <summary>
    /// The actions whose detail carries a text someone wrote (a reason, a rationale) or, for an override, the names
    /// the conflict was found on (the team's organisations). The others say only who did what, with scores at most.
    /// </summary>
    public static bool CarriesFreeText(AuditAction action) => action is AuditAction.ConflictOverridden or AuditAction.ReviewerAssigned
        or AuditAction.ReviewerReassigned or AuditAction.ReviewerWithdrawn or AuditAction.ReviewReopened or AuditAction.SelectionStaged;

    /// <summary>The detail <paramref name="entry"/> keeps once its dossier is purged: who did what and when stays either way.</summary>
    public static string DetailAfterPurge(AuditEntry entry) => CarriesFreeText(entry.Action) ? Erased : entry.Detail;

    /// <summary>The purge itself, in the Jury's audit: that it happened and why, never what it removed.</summary>
    public static AuditEntry Recorded(Guid dossierId, bool onRequest, DateTimeOffset now) => new(Guid.CreateVersion7(now), now,
        Actor.JuryService.UserId, AuditAction.DossierPurged, dossierId, dossierId, null,
        onRequest
            ? "Commentaires et motifs du dossier effacés : effacement demandé (RGPD, art. 17)."
            : "Commentaires et motifs du dossier effacés : durée de conservation échue.");
}
