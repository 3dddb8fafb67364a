using Defis.Submission.Domain;
using Defis.Submission.BackgroundExports;
using Google.Protobuf.WellKnownTypes;
using Contract = Defis.Contracts.Submission.V1;

namespace Defis.Submission.Grpc;

internal static class ExportJobMapping
{
    /// <summary>The job as its requester reads it at <paramref name="now"/>: a file past its expiry reads Expired, without a link.</summary>
    public static Contract.ExportJob ToContract(this DossierExportJob job, DateTimeOffset now)
    {
        var state = job.StateAt(now);
        var contract = new Contract.ExportJob
        {
            JobId = job.Id.ToString(),
            ProgrammeCode = job.ProgrammeCode,
            Format = ExportFiles.Name(job.Format),
            State = State(state),
            RowsWritten = job.RowsWritten,
            RowsTotal = job.RowsTotal ?? 0,
            RequestedAt = Timestamp.FromDateTimeOffset(job.RequestedAt),
            ReadyAt = job.ReadyAt is { } ready ? Timestamp.FromDateTimeOffset(ready) : null,
            ExpiresAt = job.ExpiresAt is { } expires ? Timestamp.FromDateTimeOffset(expires) : null,
            DownloadPath = state == ExportJobState.Ready ? ExportFiles.DownloadPath(job.Id) : "",
            FileBytes = job.FileBytes ?? 0,
        };
        return contract;
    }

    private static Contract.ExportJobState State(ExportJobState state) => state switch
    {
        ExportJobState.Queued => Contract.ExportJobState.Queued,
        ExportJobState.Running => Contract.ExportJobState.Running,
        ExportJobState.Ready => Contract.ExportJobState.Ready,
        ExportJobState.Failed => Contract.ExportJobState.Failed,
        _ => Contract.ExportJobState.Expired,
    };
}
