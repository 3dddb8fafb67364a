using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using Defis.Submission.Persistence;
using MassTransit;

namespace Defis.Submission.Events;

/// <summary>The jury selected the dossier for a phase: it becomes a laureate of that phase.</summary>
public sealed class DossierSelectedConsumer(SubmissionDbContext db, TimeProvider time)
    : IdempotentConsumer<DossierSelected, SubmissionDbContext>(db, time)
{
    protected override Task HandleAsync(DossierSelected message, ConsumeContext<DossierSelected> context, CancellationToken cancellationToken) =>
        Db.RecordJuryDecisionAsync(message, Time.GetUtcNow(), cancellationToken);
}
