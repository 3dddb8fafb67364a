using Defis.ServiceInfrastructure.Documents;
using Defis.ServiceInfrastructure.Scheduling;
using Defis.Submission.Documents;
using Defis.Submission.Domain;
using Defis.Submission.Outgoing;
using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Defis.Submission.BackgroundExports;

/// <summary>
/// Writes the queued dossiers exports, one job at a time (docs/exports/dossiers.md). A job is taken under a row lock
/// with SKIP LOCKED and a lease, in a short transaction; the file is then written with <see cref="SpreadsheetExport"/>
/// while the rows are read, stored in pieces, and the progress saved every few hundred rows, each in its own short
/// transaction that renews the lease. A job left Running by a stopped instance is taken again once its lease lapses; what
/// the stopped attempt wrote is discarded. Ready, it is announced (DossierExportReady) in the transaction that says so.
/// </summary>
public sealed partial class DossierExportPass(IServiceScopeFactory scopes, TimeProvider time, IOptions<ExportJobOptions> options,
    ILogger<DossierExportPass> logger) : IScheduledPass
{
    private sealed record Taken(Guid JobId, string ProgrammeCode, ExportFileFormat Format, int Attempt);

    /// <summary>A job found due: <c>Taken</c> is null when it had used its attempts and failed instead.</summary>
    private sealed record Found(Taken? Taken);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var written = 0;
        while (await TakeAsync(cancellationToken) is { } found)
        {
            if (found.Taken is { } taken && await WriteAsync(taken, cancellationToken))
            {
                written++;
            }
        }
        return written;
    }

    /// <summary>Takes the oldest job due, if any.</summary>
    private async Task<Found?> TakeAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var now = time.GetUtcNow();
        return await db.InTransactionAsync<Found?>(async () =>
        {
            var job = await db.DossierExportJobs
                .FromSql($"""
                    SELECT * FROM dossier_export_jobs WHERE state = 'Queued' OR (state = 'Running' AND lease_until <= {now})
                    ORDER BY requested_at LIMIT 1 FOR UPDATE SKIP LOCKED
                    """)
                .SingleOrDefaultAsync(cancellationToken);
            if (job is null)
            {
                return null;
            }
            var rows = await db.Dossiers.CountAsync(d => d.ProgrammeCode == job.ProgrammeCode, cancellationToken);
            // What an earlier, stopped attempt stored is of no use to the next.
            await db.Database.ExecuteSqlAsync($"DELETE FROM export_file_chunks WHERE job_id = {job.Id}", cancellationToken);
            return new Found(job.Take(rows, now) is { } attempt ? new Taken(job.Id, job.ProgrammeCode, job.Format, attempt) : null);
        }, cancellationToken);
    }

    /// <summary>Writes and stores the file of <paramref name="taken"/>; false when the attempt was superseded or failed.</summary>
    private async Task<bool> WriteAsync(Taken taken, CancellationToken cancellationToken)
    {
        using var superseded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            await using var reading = scopes.CreateAsyncScope();
            await using var storing = scopes.CreateAsyncScope();
            var readDb = reading.ServiceProvider.GetRequiredService<SubmissionDbContext>();
            var dossiers = readDb.Dossiers.AsNoTracking().Where(d => d.ProgrammeCode == taken.ProgrammeCode).OrderBy(d => d.Reference).ThenBy(d => d.Id)
                .AsAsyncEnumerable();
            var counted = new Counter();
            await using var file = new ExportFileChunks(storing.ServiceProvider.GetRequiredService<SubmissionDbContext>(), taken.JobId, taken.Attempt);
            await SpreadsheetExport.WriteAsync(file, ExportFiles.ToSpreadsheet(taken.Format), "Dossiers", DossierExportColumns.Headers,
                Reporting(dossiers, taken, counted, superseded), DossierExportColumns.Cells, superseded.Token);
            if (!await CompleteAsync(taken, counted.Rows, file.Written, cancellationToken))
            {
                return false;
            }
            // A superseded attempt may still have stored pieces after the job was taken again.
            await DeleteChunksAsync(taken.JobId, taken.Attempt, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (superseded.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogSuperseded(logger, taken.JobId, taken.Attempt);
            return false;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Stopping the service leaves the job Running, to be taken again; any other error ends it.
            LogFailed(logger, taken.JobId, taken.Attempt, e);
            await FailAsync(taken, cancellationToken);
            return false;
        }
    }

    private sealed class Counter
    {
        public int Rows { get; set; }
    }

    /// <summary>The rows as they are read, saving the progress every few; cancels the writing when the attempt is no longer the job's.</summary>
    private async IAsyncEnumerable<Dossier> Reporting(IAsyncEnumerable<Dossier> dossiers, Taken taken, Counter counted, CancellationTokenSource superseded)
    {
        var every = Math.Max(1, options.Value.ProgressEvery);
        await foreach (var dossier in dossiers.WithCancellation(superseded.Token))
        {
            yield return dossier;
            counted.Rows++;
            if (counted.Rows % every == 0 && !await ProgressAsync(taken, counted.Rows, superseded.Token))
            {
                await superseded.CancelAsync();
            }
        }
    }

    private Task<bool> ProgressAsync(Taken taken, int rows, CancellationToken cancellationToken) =>
        ChangeAsync(taken.JobId, (job, db, now) => job.Progress(taken.Attempt, rows, now), cancellationToken);

    private Task<bool> CompleteAsync(Taken taken, int rows, long bytes, CancellationToken cancellationToken) =>
        ChangeAsync(taken.JobId, (job, db, now) =>
        {
            if (!job.Complete(taken.Attempt, rows, bytes, options.Value.KeptFor, now))
            {
                return false;
            }
            db.AddIntegrationEvent(job.ToReadyEvent(ExportFiles.Name(job.Format), ExportFiles.DownloadPath(job.Id), now));
            return true;
        }, cancellationToken);

    private async Task FailAsync(Taken taken, CancellationToken cancellationToken)
    {
        if (await ChangeAsync(taken.JobId, (job, db, now) => job.Fail(taken.Attempt, now), cancellationToken))
        {
            await DeleteChunksAsync(taken.JobId, keep: null, cancellationToken);
        }
    }

    /// <summary>Deletes the job's stored pieces but those of the attempt <paramref name="keep"/>.</summary>
    private async Task DeleteChunksAsync(Guid jobId, int? keep, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var kept = keep ?? 0;
        await db.Database.ExecuteSqlAsync($"DELETE FROM export_file_chunks WHERE job_id = {jobId} AND attempt <> {kept}", cancellationToken);
    }

    /// <summary>One short transaction on the job's row, locked: the domain decides, false when it refused.</summary>
    private async Task<bool> ChangeAsync(Guid jobId, Func<DossierExportJob, SubmissionDbContext, DateTimeOffset, bool> change, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SubmissionDbContext>();
        var now = time.GetUtcNow();
        return await db.InTransactionAsync(async () =>
        {
            var job = await db.DossierExportJobs.FromSql($"SELECT * FROM dossier_export_jobs WHERE id = {jobId} FOR UPDATE").SingleAsync(cancellationToken);
            return change(job, db, now);
        }, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Export job {JobId}: attempt {Attempt} was taken over by another worker; stopped")]
    private static partial void LogSuperseded(ILogger logger, Guid jobId, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Export job {JobId}: attempt {Attempt} failed")]
    private static partial void LogFailed(ILogger logger, Guid jobId, int attempt, Exception exception);
}
