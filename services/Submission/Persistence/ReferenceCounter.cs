using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Submission.Persistence;

/// <summary>The last filing rank given in a programme; one row per programme.</summary>
public sealed class ReferenceCounter
{
    public string ProgrammeCode { get; set; } = "";

    public long LastRank { get; set; }
}

internal sealed class ReferenceCounterConfiguration : IEntityTypeConfiguration<ReferenceCounter>
{
    public void Configure(EntityTypeBuilder<ReferenceCounter> builder)
    {
        builder.ToTable("reference_counters");
        builder.HasKey(c => c.ProgrammeCode);
        builder.Property(c => c.ProgrammeCode).HasMaxLength(16);
    }
}

public static class ReferenceCounterExtensions
{
    /// <summary>
    /// The next filing rank of <paramref name="programmeCode"/>, taken inside the caller's transaction:
    /// the upsert locks the programme's row until commit, so concurrent submissions queue on it and never
    /// share a rank; a rolled-back submission gives its rank back.
    /// </summary>
    public static async Task<long> NextRankAsync(this SubmissionDbContext db, string programmeCode, CancellationToken cancellationToken) =>
        // Not composed into a SELECT: PostgreSQL accepts no INSERT in a subquery.
        (await db.Database.SqlQuery<long>($"""
            INSERT INTO reference_counters (programme_code, last_rank) VALUES ({programmeCode}, 1)
            ON CONFLICT (programme_code) DO UPDATE SET last_rank = reference_counters.last_rank + 1
            RETURNING last_rank AS "Value"
            """).ToListAsync(cancellationToken)).Single();
}
