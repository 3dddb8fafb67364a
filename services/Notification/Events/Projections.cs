using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Events;

/// <summary>
/// Notification's local memory of other services' data, fed by their events (upserts in the consumer's
/// transaction), so that later events naming only a dossier or a grant reach the right people. A dossier's co-editors
/// are those of the newest event that named them, whatever order events arrive in: <c>TeamAsFiled.Hear</c>'s rule, said
/// here in SQL so that it also holds between two consumers writing the same row at once.
/// </summary>
public sealed class Projections(NotificationDbContext db, PurgedDossiers purged)
{
    /// <summary>
    /// Upserts what an event says of a dossier. <paramref name="coEditorEmails"/> null (an event or producer that does
    /// not carry them) keeps the co-editors already known; a list, even empty, replaces them. So does a null
    /// <paramref name="leadStructureName"/> keep the name known. A purged dossier's people are not remembered again.
    /// </summary>
    public async Task RememberDossierAsync(Guid dossierId, string? programmeCode, string? reference, string? title, string leadUserId, string contactEmail,
        IReadOnlyList<string>? coEditorEmails, DateTimeOffset occurredAt, CancellationToken cancellationToken, string? leadStructureName = null)
    {
        if (await purged.ContainsAsync(dossierId, cancellationToken))
        {
            return;
        }
        var known = coEditorEmails is not null;
        var coEditors = coEditorEmails?.ToArray() ?? [];
        var asOf = known ? occurredAt.ToUniversalTime() : DateTimeOffset.UnixEpoch;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO dossier_contacts (dossier_id, programme_code, reference, title, lead_user_id, contact_email, co_editor_emails, co_editors_as_of,
              lead_structure_name)
            VALUES ({dossierId}, {programmeCode}, {reference}, {title}, {leadUserId}, {contactEmail}, {coEditors}, {asOf}, {leadStructureName})
            ON CONFLICT (dossier_id) DO UPDATE SET
              programme_code = COALESCE(EXCLUDED.programme_code, dossier_contacts.programme_code),
              reference = COALESCE(EXCLUDED.reference, dossier_contacts.reference),
              title = COALESCE(EXCLUDED.title, dossier_contacts.title),
              lead_structure_name = COALESCE(EXCLUDED.lead_structure_name, dossier_contacts.lead_structure_name),
              lead_user_id = EXCLUDED.lead_user_id, contact_email = EXCLUDED.contact_email,
              co_editor_emails = CASE WHEN {known} AND {asOf} >= dossier_contacts.co_editors_as_of
                THEN EXCLUDED.co_editor_emails ELSE dossier_contacts.co_editor_emails END,
              co_editors_as_of = GREATEST(dossier_contacts.co_editors_as_of, EXCLUDED.co_editors_as_of)
            """, cancellationToken);
        await RememberUserAsync(leadUserId, contactEmail, cancellationToken);
    }

    /// <summary>
    /// What a resubmission says of the team and the dossier: the co-editors, title and lead structure as refiled, each
    /// kept as known when the event does not carry it. A dossier whose earlier events never reached us stays unknown.
    /// </summary>
    public Task RememberRefilingAsync(DossierResubmitted refiled, CancellationToken cancellationToken)
    {
        var known = refiled.CoEditorEmails is not null;
        var coEditors = refiled.CoEditorEmails?.ToArray() ?? [];
        var asOf = refiled.OccurredAt.ToUniversalTime();
        return db.Database.ExecuteSqlAsync($"""
            UPDATE dossier_contacts SET
              co_editor_emails = CASE WHEN {known} AND {asOf} >= co_editors_as_of THEN {coEditors} ELSE co_editor_emails END,
              co_editors_as_of = CASE WHEN {known} THEN GREATEST(co_editors_as_of, {asOf}) ELSE co_editors_as_of END,
              title = COALESCE({refiled.Title}, title),
              lead_structure_name = COALESCE({refiled.LeadStructureName}, lead_structure_name)
            WHERE dossier_id = {refiled.DossierId}
            """, cancellationToken);
    }

    /// <summary>The co-editors as they stood at <paramref name="occurredAt"/>, unless a newer event named them; a dossier never heard of stays unknown.</summary>
    public Task RememberCoEditorsAsync(Guid dossierId, IReadOnlyList<string> coEditorEmails, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var coEditors = coEditorEmails.ToArray();
        var asOf = occurredAt.ToUniversalTime();
        return db.Database.ExecuteSqlAsync($"""
            UPDATE dossier_contacts SET co_editor_emails = {coEditors}, co_editors_as_of = {asOf}
            WHERE dossier_id = {dossierId} AND co_editors_as_of <= {asOf}
            """, cancellationToken);
    }

    /// <summary>
    /// Every event about a person's dossier repeats their address, nearly always the one known. Written only when it is
    /// new: an upsert of the same address would still lock the person's row until the consumer commits, and the
    /// consumers of a lead's other dossiers (a deadline evening, a team filing several) would queue on it.
    /// </summary>
    public Task RememberUserAsync(string userId, string email, CancellationToken cancellationToken) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO user_contacts (user_id, email)
        SELECT {userId}, {email}
        WHERE NOT EXISTS (SELECT 1 FROM user_contacts WHERE user_id = {userId} AND email = {email})
        ON CONFLICT (user_id) DO UPDATE SET email = EXCLUDED.email
        """, cancellationToken);

    public Task RememberProgrammeAsync(string code, string title, CancellationToken cancellationToken) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO programme_titles (code, title) VALUES ({code}, {title})
        ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title
        """, cancellationToken);

    public Task RememberGrantAsync(Guid grantId, Guid dossierId, CancellationToken cancellationToken) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO grant_dossiers (grant_id, dossier_id) VALUES ({grantId}, {dossierId}) ON CONFLICT (grant_id) DO NOTHING
        """, cancellationToken);

    public async Task<ProgrammeLabel> ProgrammeAsync(string? code, CancellationToken cancellationToken) =>
        new(code, code is null ? null : await db.ProgrammeTitles.Where(p => p.Code == code).Select(p => p.Title).FirstOrDefaultAsync(cancellationToken));

    /// <summary>The dossier's lead, known from its earlier events; null when none reached us (then nobody is guessed).</summary>
    public Task<Persistence.Projections.DossierContact?> DossierAsync(Guid dossierId, CancellationToken cancellationToken) =>
        db.DossierContacts.AsNoTracking().FirstOrDefaultAsync(d => d.DossierId == dossierId, cancellationToken);

    /// <summary>
    /// Who hears about what concerns the team: the lead (inbox and email) and each invited co-editor (email: Submission
    /// knows co-editors by address only). Nobody when the dossier is unknown.
    /// </summary>
    /// <summary>A draft's team as its events name it: the lead, with the contact address, and the co-editors by address.</summary>
    public static IReadOnlyList<Recipient> DraftTeam(string leadUserId, string contactEmail, IReadOnlyList<string>? coEditorEmails) =>
        [new(leadUserId, contactEmail), .. (coEditorEmails ?? []).Select(email => new Recipient(null, email))];

    public static IReadOnlyList<Recipient> TeamOf(Persistence.Projections.DossierContact? dossier) => dossier is null ? [] :
        [new(dossier.LeadUserId, dossier.ContactEmail), .. dossier.CoEditorEmails.Select(email => new Recipient(null, email))];

    public Task<Guid?> DossierOfGrantAsync(Guid grantId, CancellationToken cancellationToken) => purged.DossierOfGrantAsync(grantId, cancellationToken);

    /// <summary>Users by id, each with the email address an event gave for them, if any.</summary>
    public async Task<List<Recipient>> UsersAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        var emails = await db.UserContacts.AsNoTracking().Where(u => ids.Contains(u.UserId)).ToDictionaryAsync(u => u.UserId, u => u.Email, cancellationToken);
        return ids.Select(id => new Recipient(id, emails.GetValueOrDefault(id))).ToList();
    }
}
