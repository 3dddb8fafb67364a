using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using Defis.Submission.Persistence;
using MassTransit;

namespace Defis.Submission.Events;

/// <summary>The jury did not retain the dossier for a phase.</summary>
public sealed class DossierNotSelectedConsumer(SubmissionDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierNotSelected, SubmissionDbContext>(db, time)
{
    protected override Task HandleAsync(DossierNotSelected message, ConsumeContext<DossierNotSelected> context, CancellationToken cancellationToken) =>
        Db.RecordJuryDecisionAsync(message, Time.GetUtcNow(), cancellationToken);
}
