using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using Defis.Submission.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.Events;

/// <summary>The juror's assignment ended: no more reading. Recorded even when it overtakes its ReviewerAssigned.</summary>
public sealed class ReviewerUnassignedConsumer(SubmissionDbContext db, TimeProvider time)
    : IdempotentConsumer<ReviewerUnassigned, SubmissionDbContext>(db, time)
{
    protected override async Task HandleAsync(ReviewerUnassigned message, ConsumeContext<ReviewerUnassigned> context, CancellationToken cancellationToken) =>
        await Db.Database.ExecuteSqlAsync($"""
            INSERT INTO dossier_readers (assignment_id, dossier_id, juror_user_id, ended_at)
            VALUES ({message.AssignmentId}, {message.DossierId}, {message.JurorUserId}, {message.OccurredAt.ToUniversalTime()})
            ON CONFLICT (assignment_id) DO UPDATE SET ended_at = EXCLUDED.ended_at
            """, cancellationToken);
}
