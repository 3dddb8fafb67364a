using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>Tells the team (lead and co-editors) what to correct and by when.</summary>
public sealed class DossierReturnedForCorrectionConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections, ParkedNotices parked)
    : IdempotentConsumer<DossierReturnedForCorrection, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierReturnedForCorrection message, ConsumeContext<DossierReturnedForCorrection> context, CancellationToken cancellationToken)
    {
        await projections.RememberDossierAsync(message.DossierId, message.ProgrammeCode, message.Reference, message.Title, message.LeadUserId, message.ContactEmail,
            message.CoEditorEmails, message.OccurredAt, cancellationToken);
        var dossier = await projections.DossierAsync(message.DossierId, cancellationToken);
        var programme = await projections.ProgrammeAsync(message.ProgrammeCode, cancellationToken);
        var returned = Templates.ReturnedForCorrection(message.Reference, message.Title, programme, message.Reasons, message.CorrectionDeadline);
        await notifier.NotifyAsync(message, returned, Projections.TeamOf(dossier), cancellationToken);
        await parked.ReleaseAsync(message.DossierId, cancellationToken);
    }
}
