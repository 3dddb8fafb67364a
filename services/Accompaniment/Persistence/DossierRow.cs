using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Accompaniment.Persistence;

/// <summary>
/// A filed dossier as DossierSubmitted told it: its lead (the laureate team when it is selected) and its
/// theme and territories (for peer connections).
/// </summary>
public sealed class DossierRow
{
    /// <summary>What a purged dossier is called, as in Submission.</summary>
    public const string PurgedTitle = "Dossier supprimé";

    public Guid DossierId { get; set; }

    public Guid ProgrammeId { get; set; }

    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public string Theme { get; set; } = "";

    public List<string> Territories { get; set; } = [];

    public string LeadId { get; set; } = "";

    public string ContactEmail { get; set; } = "";

    /// <summary>The purge (decision 0032): the lead and the contact go; reference, theme and territories stay as anonymous counts.</summary>
    public void Forget()
    {
        Title = PurgedTitle;
        LeadId = "";
        ContactEmail = "";
    }
}

internal sealed class DossierRowConfiguration : IEntityTypeConfiguration<DossierRow>
{
    public void Configure(EntityTypeBuilder<DossierRow> builder)
    {
        builder.ToTable("dossiers");
        builder.HasKey(d => d.DossierId);
        builder.Property(d => d.DossierId).ValueGeneratedNever();
        builder.Property(d => d.Reference).HasMaxLength(40);
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.Theme).HasMaxLength(200);
        builder.Property(d => d.LeadId).HasMaxLength(200);
        builder.Property(d => d.ContactEmail).HasMaxLength(254);
    }
}
