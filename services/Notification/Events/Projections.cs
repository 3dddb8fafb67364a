using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.Events;

/// <summary>
/// Notification's local memory of other services' data, fed by their events (upserts in the consumer's
/// transaction), so that later events naming only a dossier or a grant reach the right people.
/// </summary>
public sealed class Projections(NotificationDbContext db)
{
    public async Task RememberDossierAsync(Guid dossierId, string? programmeCode, string? reference, string? title, string leadUserId, string contactEmail, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO dossier_contacts (dossier_id, programme_code, reference, title, lead_user_id, contact_email)
            VALUES ({dossierId}, {programmeCode}, {reference}, {title}, {leadUserId}, {contactEmail})
            ON CONFLICT (dossier_id) DO UPDATE SET
              programme_code = COALESCE(EXCLUDED.programme_code, dossier_contacts.programme_code),
              reference = COALESCE(EXCLUDED.reference, dossier_contacts.reference),
              title = COALESCE(EXCLUDED.title, dossier_contacts.title),
              lead_user_id = EXCLUDED.lead_user_id, contact_email = EXCLUDED.contact_email
            """, cancellationToken);
        await RememberUserAsync(leadUserId, contactEmail, cancellationToken);
    }

    public Task RememberUserAsync(string userId, string email, CancellationToken cancellationToken) => db.Database.ExecuteSqlAsync($"""
        INSERT INTO user_contacts (user_id, email) VALUES ({userId}, {email})
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

    public async Task<Guid?> DossierOfGrantAsync(Guid grantId, CancellationToken cancellationToken) =>
        await db.GrantDossiers.Where(g => g.GrantId == grantId).Select(g => (Guid?)g.DossierId).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Users by id, each with the email address an event gave for them, if any.</summary>
    public async Task<List<Recipient>> UsersAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct().ToList();
        var emails = await db.UserContacts.AsNoTracking().Where(u => ids.Contains(u.UserId)).ToDictionaryAsync(u => u.UserId, u => u.Email, cancellationToken);
        return ids.Select(id => new Recipient(id, emails.GetValueOrDefault(id))).ToList();
    }
}
