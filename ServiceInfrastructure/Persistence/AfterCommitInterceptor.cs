using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>
/// Calls <see cref="Committed"/> once a change is visible to other connections: after a save outside any explicit
/// transaction, or after the commit of one. Inside a transaction nothing is visible until the commit, which calls then.
/// </summary>
public abstract class AfterCommitInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    protected abstract void Committed();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        CommittedIfNoTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        CommittedIfNoTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed();
        return Task.CompletedTask;
    }

    private void CommittedIfNoTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Committed();
        }
    }
}
