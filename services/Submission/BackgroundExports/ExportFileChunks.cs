using Defis.ServiceInfrastructure.Documents;
using Defis.Submission.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Defis.Submission.BackgroundExports;

/// <summary>
/// A write-only stream that stores what is written to it as pieces of about 1 MiB of an attempt's file
/// (<see cref="ExportFileChunk"/>), each in its own short statement on a context of its own: the export's rows are
/// being read on another connection meanwhile.
/// </summary>
public sealed class ExportFileChunks(SubmissionDbContext db, Guid jobId, int attempt) : ChunkedOutput(1024 * 1024)
{
    private int _number;

    /// <summary>The bytes stored so far.</summary>
    public long Written { get; private set; }

    protected override async Task SendAsync(ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken)
    {
        var data = chunk.ToArray();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO export_file_chunks (job_id, attempt, number, data) VALUES ({jobId}, {attempt}, {_number}, {data})", cancellationToken);
        _number++;
        Written += data.Length;
    }
}
