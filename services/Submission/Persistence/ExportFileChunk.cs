using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Submission.Persistence;

/// <summary>
/// A piece of a background export's file, in the service's own database (no file outside it: backups, restores and
/// several instances see one store). Each attempt writes its own pieces, so a superseded attempt never mixes into the
/// file of the attempt that completed. Written and deleted in SQL (ExportFileChunks, the passes): file storage, not
/// state the audit trail should record.
/// </summary>
public sealed class ExportFileChunk
{
    public Guid JobId { get; init; }

    public int Attempt { get; init; }

    public int Number { get; init; }

    public byte[] Data { get; init; } = [];
}

internal sealed class ExportFileChunkConfiguration : IEntityTypeConfiguration<ExportFileChunk>
{
    public void Configure(EntityTypeBuilder<ExportFileChunk> builder)
    {
        builder.ToTable("export_file_chunks");
        builder.HasKey(c => new { c.JobId, c.Attempt, c.Number });
        builder.HasOne<Domain.DossierExportJob>().WithMany().HasForeignKey(c => c.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
