using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using Defis.Submission.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.Events;

/// <summary>The assigned juror may read the dossier, unless the assignment's end arrived first (the two events use different queues).</summary>
public sealed class ReviewerAssignedConsumer(SubmissionDbContext db, TimeProvider time)
    : IdempotentConsumer<ReviewerAssigned, SubmissionDbContext>(db, time)
{
    protected override async Task HandleAsync(ReviewerAssigned message, ConsumeContext<ReviewerAssigned> context, CancellationToken cancellationToken) =>
        await Db.Database.ExecuteSqlAsync($"""
            INSERT INTO dossier_readers (assignment_id, dossier_id, juror_user_id) VALUES ({message.AssignmentId}, {message.DossierId}, {message.JurorUserId})
            ON CONFLICT (assignment_id) DO NOTHING
            """, cancellationToken);
}
