using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.ServiceInfrastructure.Documents;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;
using ExportJobState = Defis.Submission.Domain.ExportJobState;
using Defis.ServiceInfrastructure.Scheduling;
using Defis.Submission.BackgroundExports;
using Defis.Submission.Persistence;
using Google.Api;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DossierExportJob = Defis.Submission.Domain.DossierExportJob;

namespace Defis.Submission.Grpc;

/// <summary>
/// Dossiers exports as background jobs (docs/exports/dossiers.md): started here, written by <see cref="DossierExportPass"/>.
/// A job is its requester's alone: anyone else is told it does not exist, so that no one learns of others' exports.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed class ExportJobsService(SubmissionDbContext db, TimeProvider time, PassSignal<DossierExportPass> exportPass) : ExportJobs.ExportJobsBase
{
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ExportJob> StartDossierExport(StartDossierExportRequest request, ServerCallContext context)
    {
        var (code, format) = DossierExportRequest.Read(request.ProgrammeCode, request.Format);
        var caller = Caller.From(context);
        var cancellationToken = context.CancellationToken;
        if (!await db.Programmes.AnyAsync(p => p.Code == code, cancellationToken))
        {
            throw new NotFoundException("Appel", request.ProgrammeCode);
        }
        var now = time.GetUtcNow();
        var job = DossierExportJob.Request(code, ExportFiles.ToDomain(format), caller.UserId, caller.Email, now);
        await db.InTransactionAsync(() =>
        {
            db.DossierExportJobs.Add(job);
            return Task.CompletedTask;
        }, cancellationToken);
        // Only a new job is work for the writing pass: waking it on every commit (each filing) would add a query to the hot path.
        exportPass.Notify();
        return job.ToContract(now);
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ExportJob> GetExportJob(GetExportJobRequest request, ServerCallContext context) =>
        (await OwnJobAsync(request.JobId, context)).ToContract(time.GetUtcNow());

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task DownloadExportFile(DownloadExportFileRequest request, IServerStreamWriter<HttpBody> responseStream, ServerCallContext context)
    {
        var job = await OwnJobAsync(request.JobId, context);
        var now = time.GetUtcNow();
        EnsureDownloadable(job, now);
        var cancellationToken = context.CancellationToken;
        // One statement reads every piece: it sees the file whole even if the clean-up pass deletes it meanwhile.
        var pieces = db.ExportFileChunks.AsNoTracking().Where(c => c.JobId == job.Id && c.Attempt == job.Attempt).OrderBy(c => c.Number)
            .Select(c => c.Data).AsAsyncEnumerable();
        await using var output = new HttpBodyChunks(responseStream, ExportFiles.ContentType(job.Format));
        await foreach (var piece in pieces.WithCancellation(cancellationToken))
        {
            await output.WriteAsync(piece, cancellationToken);
        }
        await output.FlushAsync(cancellationToken);
    }

    private async Task<DossierExportJob> OwnJobAsync(string jobId, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("job_id", jobId);
        var caller = Caller.From(context);
        return await db.DossierExportJobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.RequestedBy == caller.UserId, context.CancellationToken)
            ?? throw new NotFoundException("Export", jobId);
    }

    private static void EnsureDownloadable(DossierExportJob job, DateTimeOffset now)
    {
        switch (job.StateAt(now))
        {
            case ExportJobState.Ready:
                return;
            case ExportJobState.Expired:
                throw new PreconditionFailedException("EXPORT_EXPIRED", "job_id",
                    $"Le fichier de cet export a expiré le {ParisTime.Format(job.ExpiresAt!.Value)} (heure de Paris) et a été supprimé : relancez l'export.");
            case ExportJobState.Failed:
                throw new PreconditionFailedException("EXPORT_FAILED", "job_id", "Cet export a échoué : relancez-le.");
            default:
                throw new PreconditionFailedException("EXPORT_NOT_READY", "job_id",
                    $"Cet export n'est pas encore prêt ({job.RowsWritten} dossiers écrits sur {job.RowsTotal ?? 0}) : réessayez dans quelques instants.");
        }
    }
}
