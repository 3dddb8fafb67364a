using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Notification.Events;

/// <summary>
/// Acknowledges a corrected dossier filed again to its team (lead and co-editors, including those invited during the
/// correction), with the refiling's receipt attached when Submission gave its digest; partners may subscribe to it.
/// Nobody is written to about a dossier whose filing never reached us.
/// </summary>
public sealed class DossierResubmittedConsumer(NotificationDbContext db, TimeProvider time, Notifier notifier, Projections projections)
    : IdempotentConsumer<DossierResubmitted, NotificationDbContext>(db, time)
{
    protected override async Task HandleAsync(DossierResubmitted message, ConsumeContext<DossierResubmitted> context, CancellationToken cancellationToken)
    {
        await projections.RememberRefilingAsync(message, cancellationToken);
        if (await projections.DossierAsync(message.DossierId, cancellationToken) is not { } dossier)
        {
            await notifier.CallWebhooksAsync(message, cancellationToken);
            return;
        }

        var programme = await projections.ProgrammeAsync(dossier.ProgrammeCode, cancellationToken);
        var title = dossier.Title ?? "";
        var refiled = Templates.DossierRefiled(message.Reference, title, programme, message.OccurredAt);
        var receipt = FilingReceipts.For(message.ContentSha256, message.Reference, programme, title, dossier.LeadStructureName ?? "",
            message.OccurredAt, refiled: true, message.RequestedAmountCents, Time.GetUtcNow());
        await notifier.NotifyAsync(message, refiled, Projections.TeamOf(dossier), cancellationToken, receipt);
    }
}
