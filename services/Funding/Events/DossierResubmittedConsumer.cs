using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Funding.Events;

/// <summary>A corrected dossier filed again: its lead may have invited co-editors during the correction.</summary>
public sealed class DossierResubmittedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierResubmitted, FundingDbContext>(db, time)
{
    protected override Task HandleAsync(DossierResubmitted message, ConsumeContext<DossierResubmitted> context, CancellationToken cancellationToken) =>
        Db.HearTeamAsync(message.DossierId, message.CoEditorEmails, message.OccurredAt, cancellationToken);
}
