using Defis.Contracts.Events;
using Defis.Funding.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Funding.Events;

/// <summary>An erasure removed a co-editor: the grant is no longer theirs to follow.</summary>
public sealed class DossierCoEditorsChangedConsumer(FundingDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierCoEditorsChanged, FundingDbContext>(db, time)
{
    protected override Task HandleAsync(DossierCoEditorsChanged message, ConsumeContext<DossierCoEditorsChanged> context, CancellationToken cancellationToken) =>
        Db.HearTeamAsync(message.DossierId, message.CoEditorEmails, message.OccurredAt, cancellationToken);
}
