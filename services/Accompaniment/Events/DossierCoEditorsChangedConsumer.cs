using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;

namespace Defis.Accompaniment.Events;

/// <summary>An erasure removed a co-editor (decision 0032): the support plan is no longer theirs to read.</summary>
public sealed class DossierCoEditorsChangedConsumer(AccompanimentDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierCoEditorsChanged, AccompanimentDbContext>(db, time)
{
    protected override Task HandleAsync(DossierCoEditorsChanged message, ConsumeContext<DossierCoEditorsChanged> context, CancellationToken cancellationToken) =>
        Db.HearTeamAsync(message.DossierId, message.CoEditorEmails, message.OccurredAt, cancellationToken);
}
