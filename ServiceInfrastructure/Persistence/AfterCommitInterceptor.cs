using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>
/// Calls <see cref="Committed"/> once a change is visible to other connections: after a save that wrote rows outside
/// any explicit transaction, or after the commit of a transaction in which a save wrote rows. Inside a transaction
/// nothing is visible until the commit, which calls then. A commit that wrote nothing through EF (an empty pass, the
/// relay marking rows published) wakes nobody, so the woken never wake each other in a loop.
/// </summary>
public abstract class AfterCommitInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    protected abstract void Committed();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CommittedIfNoTransaction(eventData.Context, result);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        CommittedIfNoTransaction(eventData.Context, result);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => CommittedIfWritten(eventData);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        CommittedIfWritten(eventData);
        return Task.CompletedTask;
    }

    private void CommittedIfWritten(TransactionEndEventData eventData)
    {
        if (eventData.Context is not ServiceDbContext context || context.WroteIn(eventData.TransactionId))
        {
            Committed();
        }
    }

    private void CommittedIfNoTransaction(DbContext? context, int rows)
    {
        if (rows > 0 && context?.Database.CurrentTransaction is null)
        {
            Committed();
        }
    }
}
