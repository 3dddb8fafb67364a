using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Domain.Delivery;
using Defis.Notification.Persistence.Projections;
using Defis.ServiceInfrastructure.Documents;
using Defis.SharedKernel;

namespace Defis.Notification.Events;

/// <summary>
/// The grant notification for the « Subvention engagée » notice (decision 0027): Funding's record and layout, filled from
/// the event (amount, phase, schedule, commitment time) and what Notification remembers of the dossier (reference, title,
/// lead structure) and the call (its title). None when the event has no schedule (an older producer), names a phase or
/// trigger this version does not know, or the dossier has no reference yet: no notification rather than a wrong one.
/// </summary>
internal static class GrantNotifications
{
    public static EmailAttachment? For(GrantCommitted committed, DossierContact dossier, ProgrammeLabel programme, DateTimeOffset now)
    {
        if (committed.Tranches is not { Count: > 0 } schedule || dossier.Reference is not { Length: > 0 } reference
            || !PhaseNames.TryParse(committed.Phase, out var phase))
        {
            return null;
        }
        List<GrantNotificationTranche> tranches =
            [.. schedule.Select(t => new GrantNotificationTranche(t.Number, t.AmountCents, t.ShareBasisPoints, t.Trigger, t.Milestone, t.ReleasedAt))];
        if (tranches.Any(t => t.When is null))
        {
            return null;
        }
        var notification = new GrantNotification(reference, dossier.Title ?? "", GrantNotification.BeneficiaryOf(dossier.LeadStructureName, reference),
            dossier.ProgrammeCode ?? "", phase, committed.AmountCents, committed.OccurredAt, tranches, now, programme.Title ?? "");
        return new EmailAttachment($"notification-subvention-{reference}-{phase.ToString().ToLowerInvariant()}.pdf", GrantNotificationPdf.Render(notification));
    }
}
