using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Accompaniment.Events;

/// <summary>A corrected dossier filed again: its lead may have invited co-editors during the correction.</summary>
public sealed class DossierResubmittedConsumer(AccompanimentDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierResubmitted, AccompanimentDbContext>(db, time)
{
    protected override Task HandleAsync(DossierResubmitted message, ConsumeContext<DossierResubmitted> context, CancellationToken cancellationToken) =>
        Db.HearTeamAsync(message.DossierId, message.CoEditorEmails, message.OccurredAt, cancellationToken);
}
