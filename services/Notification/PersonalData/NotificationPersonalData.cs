using Defis.Notification.Domain.Delivery;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace Defis.Notification.PersonalData;

/// <summary>
/// The person's inbox, the emails sent to them (by their id or to their address), their preferences and webhook
/// subscriptions. Read only; the projections of other services' data (dossier contacts) are those services' parts.
/// </summary>
public sealed class NotificationPersonalData(NotificationDbContext db) : IPersonalDataSource
{
    private static readonly string[] NotIncluded =
    [
        "Les notifications et courriels adressés à d'autres personnes, y compris aux autres membres de vos équipes.",
        "Le secret de signature de vos abonnements webhook, et le contenu des appels webhook envoyés.",
        "Le contenu des pièces jointes des courriels (avis, lettres) : seul leur nom figure ici.",
        "Les copies des dossiers que ce service garde pour adresser ses courriels : les dossiers sont dans la partie « submission ».",
    ];

    public async Task<PersonalDataPart> CollectAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var id = subject.Id;
        var email = subject.Email ?? "";
        var addresses = await db.UserContacts.AsNoTracking().Where(c => c.UserId == id).Select(c => c.Email).ToListAsync(cancellationToken);
        var inbox = await db.InboxNotifications.AsNoTracking().Where(n => n.RecipientId == id).OrderBy(n => n.Id)
            .Select(n => new InboxItem(n.Id, n.Category, n.Subject, n.Body, n.CreatedAt, n.ReadAt)).ToListAsync(cancellationToken);
        var emails = await db.Deliveries.AsNoTracking()
            .Where(d => d.Channel == Channel.Email && (d.RecipientUserId == id || (email != "" && d.Recipient.ToLower() == email)))
            .OrderBy(d => d.Id)
            .Select(d => new SentEmail(d.Id, d.Recipient, d.Category, d.Subject, d.Body, d.Status, d.CreatedAt, d.SentAt, d.AttachmentName))
            .ToListAsync(cancellationToken);
        var preferences = await db.Preferences.AsNoTracking().Where(p => p.UserId == id).OrderBy(p => p.Category)
            .Select(p => new CategoryPreference(p.Category, p.Mode, p.UpdatedAt)).ToListAsync(cancellationToken);
        var webhooks = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.OwnerId == id).OrderBy(s => s.Id)
            .Select(s => new WebhookSubscriptionCopy(s.Id, s.Url, s.EventTypes, s.Enabled, s.ConsecutiveFailures, s.DisabledAt, s.CreatedAt))
            .ToListAsync(cancellationToken);
        return new PersonalDataPart(new NotificationPart(addresses, inbox, emails, preferences, webhooks), NotIncluded);
    }
}
