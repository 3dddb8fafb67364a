using Defis.Contracts.Events;
using Defis.Submission.Domain;

namespace Defis.Submission.Outgoing;

/// <summary>The integration events Submission announces, built from its aggregates: the one place their contracts are filled.</summary>
internal static class OutgoingEvents
{
    public static ProgrammePublished ToPublishedEvent(this Programme programme, DateTimeOffset now) => new(
        programme.Id, programme.Code, programme.Terms.Title, programme.OpensAt, programme.ClosesAt, programme.Terms.EnvelopeCents,
        programme.Terms.Phases.Select(p => new ProgrammePhase(p.Phase.ToString(), p.StartsOn, p.EndsOn, p.MinGrantCents, p.MaxGrantCents)).ToList(),
        programme.Terms.Themes.ToList(), programme.Terms.DecisionDueDays, programme.Terms.CollectiveAllowancePercent) { OccurredAt = now };

    /// <summary><paramref name="contentSha256"/>: the receipt's digest of the content filed (FiledContent), for the notice's receipt.</summary>
    public static DossierSubmitted ToSubmittedEvent(this Dossier dossier, Guid programmeId, DateTimeOffset now, string? contentSha256 = null) => new(
        dossier.Id, programmeId, dossier.ProgrammeCode, dossier.Reference!, dossier.Title, dossier.Theme, dossier.TerritoryKeys.ToList(),
        dossier.LeadStructureName, dossier.LeadStructureType.ToString(), dossier.Details.Partners.Select(p => p.Name).ToList(),
        dossier.Details.Budget.RequestedCents, dossier.CreatedBy, dossier.ContactEmail, dossier.Details.Budget.SelfFinancingCents,
        [.. dossier.CoEditorEmails], dossier.LeadStructureSiret, contentSha256) { OccurredAt = now };

    public static ProgrammeClosed ToClosedEvent(this Programme programme, DateTimeOffset now) =>
        new(programme.Id, programme.Code, programme.ClosesAt) { OccurredAt = now };

    public static ProgrammeArchived ToArchivedEvent(this Programme programme, DateTimeOffset now) =>
        new(programme.Id, programme.Code, now) { OccurredAt = now };

    public static DossierDraftCreated ToDraftCreatedEvent(this Dossier dossier, DateTimeOffset now) =>
        new(dossier.Id, dossier.ProgrammeCode, dossier.Title, dossier.LeadStructureName, dossier.CreatedBy, dossier.ContactEmail) { OccurredAt = now };

    public static DossierWithdrawn ToWithdrawnEvent(this Dossier dossier, string? reason, string by, DateTimeOffset now) =>
        new(dossier.Id, dossier.ProgrammeCode, dossier.Reference, reason, by) { OccurredAt = now };

    public static DossierReturnedForCorrection ToReturnedForCorrectionEvent(this Dossier dossier, DateTimeOffset? deadline, DateTimeOffset now) =>
        new(dossier.Id, dossier.ProgrammeCode, dossier.Reference!, dossier.Title, dossier.Correction!.Reasons, deadline, dossier.CreatedBy,
            dossier.ContactEmail, [.. dossier.CoEditorEmails]) { OccurredAt = now };

    public static DraftReminderDue ToReminderEvent(this Dossier draft, Programme programme, int days, DateTimeOffset now) =>
        new(draft.Id, draft.ProgrammeCode, draft.Title, draft.CreatedBy, draft.ContactEmail, draft.CoEditorEmails, programme.ClosesAt, days) { OccurredAt = now };

    public static DraftExpiryWarned ToExpiryWarnedEvent(this Dossier draft, DateTimeOffset expiresAt, DateTimeOffset now) =>
        new(draft.Id, draft.ProgrammeCode, draft.Title, draft.CreatedBy, draft.ContactEmail, [.. draft.CoEditorEmails], draft.UpdatedAt, expiresAt)
        {
            OccurredAt = now,
        };

    public static DraftExpired ToExpiredEvent(this Dossier draft, DateTimeOffset lastActivity, DateTimeOffset now) =>
        new(draft.Id, draft.ProgrammeCode, draft.Title, draft.CreatedBy, draft.ContactEmail, [.. draft.CoEditorEmails], lastActivity) { OccurredAt = now };

    public static DossierPurgeWarned ToPurgeWarnedEvent(this Dossier dossier, DateTimeOffset purgesAt, DateTimeOffset now) =>
        new(dossier.Id, dossier.ProgrammeCode, dossier.Reference, dossier.Title, dossier.CreatedBy, dossier.ContactEmail, [.. dossier.CoEditorEmails], purgesAt)
        {
            OccurredAt = now,
        };

    /// <summary>The co-editors left once an erasure removed one of them.</summary>
    public static DossierCoEditorsChanged ToCoEditorsChangedEvent(this Dossier dossier, DateTimeOffset now) =>
        new(dossier.Id, dossier.ProgrammeCode, [.. dossier.CoEditorEmails]) { OccurredAt = now };

    /// <summary>Built after the purge: it carries no personal data, only which dossier and why.</summary>
    public static DossierPurged ToPurgedEvent(this Dossier dossier, DossierPurgeReason reason, DateTimeOffset now) =>
        new(dossier.Id, dossier.ProgrammeCode, (PurgeReason)(int)reason) { OccurredAt = now };

    /// <summary><paramref name="contentSha256"/>: the receipt's digest of the content refiled (FiledContent), for the notice's receipt.</summary>
    public static DossierResubmitted ToResubmittedEvent(this Dossier dossier, string by, DateTimeOffset now, string contentSha256) =>
        new(dossier.Id, dossier.Reference!, dossier.Details.Budget.RequestedCents, by, [.. dossier.CoEditorEmails], dossier.Title,
            dossier.LeadStructureName, contentSha256) { OccurredAt = now };

    /// <summary><paramref name="format"/> and <paramref name="downloadPath"/> as clients read them (BackgroundExports/ExportFiles).</summary>
    public static DossierExportReady ToReadyEvent(this DossierExportJob job, string format, string downloadPath, DateTimeOffset now) =>
        new(job.Id, job.ProgrammeCode, format, job.RequestedBy, job.RequesterEmail, job.RowsWritten, downloadPath, job.ReadyAt!.Value, job.ExpiresAt!.Value)
        {
            OccurredAt = now,
        };
}
