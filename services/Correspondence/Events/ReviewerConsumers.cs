using Defis.Contracts.Events;
using Defis.Correspondence.Persistence;
using Defis.ServiceInfrastructure.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.Correspondence.Events;

/// <summary>An assigned juror may read the dossier's files (unless the assignment has already ended or the dossier was purged).</summary>
public sealed class ReviewerAssignedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<ReviewerAssigned, CorrespondenceDbContext>(db, time)
{
    protected override async Task HandleAsync(ReviewerAssigned message, ConsumeContext<ReviewerAssigned> context, CancellationToken cancellationToken)
    {
        if (!await Db.LockAndCheckPurgedAsync(message.DossierId, cancellationToken)
            && !await Db.Reviewers.AnyAsync(r => r.AssignmentId == message.AssignmentId, cancellationToken))
        {
            Db.Reviewers.Add(new ReviewerRow { AssignmentId = message.AssignmentId, DossierId = message.DossierId, JurorId = message.JurorUserId });
        }
    }
}

/// <summary>An ended assignment (reassignment, conflict, withdrawal): the juror reads the files no more (nothing to end of a purged dossier).</summary>
public sealed class ReviewerUnassignedConsumer(CorrespondenceDbContext db, TimeProvider time)
    : IdempotentConsumer<ReviewerUnassigned, CorrespondenceDbContext>(db, time)
{
    protected override async Task HandleAsync(ReviewerUnassigned message, ConsumeContext<ReviewerUnassigned> context, CancellationToken cancellationToken)
    {
        if (await Db.LockAndCheckPurgedAsync(message.DossierId, cancellationToken))
        {
            return;
        }
        var row = await Db.Reviewers.SingleOrDefaultAsync(r => r.AssignmentId == message.AssignmentId, cancellationToken);
        if (row is null)
        {
            row = new ReviewerRow { AssignmentId = message.AssignmentId, DossierId = message.DossierId, JurorId = message.JurorUserId };
            Db.Reviewers.Add(row);
        }
        row.Ended = true;
    }
}
