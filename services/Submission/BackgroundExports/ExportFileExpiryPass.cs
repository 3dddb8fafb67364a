using Defis.ServiceInfrastructure.Scheduling;
using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.BackgroundExports;

/// <summary>
/// Deletes the content of the export files whose time is up and marks their jobs Expired (the job stays, so its
/// requester reads that it expired rather than that it never existed). Batches under row locks with SKIP LOCKED: safe on
/// several instances, and a file past its expiry is refused for download before this pass has even run.
/// </summary>
public sealed class ExportFileExpiryPass(IServiceScopeFactory scopes, TimeProvider time) : IScheduledPass
{
    private const int Batch = 100;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var expired = 0;
        int batch;
        do
        {
            batch = await ExpireBatchAsync(cancellationToken);
            expired += batch;
        }
        while (batch == Batch);
        return expired;
    }

    private async Task<int> ExpireBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var now = time.GetUtcNow();
        return await db.InTransactionAsync(async () =>
        {
            var jobs = await db.DossierExportJobs
                .FromSql($"""
                    SELECT * FROM dossier_export_jobs WHERE state = 'Ready' AND expires_at <= {now}
                    ORDER BY expires_at LIMIT {Batch} FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(cancellationToken);
            var ids = jobs.Where(job => job.ExpireIfDue(now)).Select(job => job.Id).ToArray();
            if (ids.Length > 0)
            {
                await db.Database.ExecuteSqlAsync($"DELETE FROM export_file_chunks WHERE job_id = ANY({ids})", cancellationToken);
            }
            return jobs.Count;
        }, cancellationToken);
    }
}
