using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Jury.Persistence;

internal static class RowVersion
{
    /// <summary>
    /// PostgreSQL's xmin as an optimistic concurrency token: two requests that read the same row and both
    /// change it cannot both commit; the later one is ABORTED (ErrorMapping) and must read again.
    /// </summary>
    public static void HasXminConcurrency<TEntity>(this EntityTypeBuilder<TEntity> builder) where TEntity : class =>
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
}
