using Defis.Jury.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Jury.Persistence;

/// <summary>
/// The Jury's row for a filed dossier, fed by DossierSubmitted (and DossierWithdrawn): the
/// <see cref="DossierProfile"/> the rules need, plus the programme id the release events carry. The
/// dossier's content stays in Submission.
/// </summary>
public sealed class FiledDossier
{
    public Guid Id { get; set; }

    public Guid ProgrammeId { get; set; }

    public string ProgrammeCode { get; set; } = "";

    public string Reference { get; set; } = "";

    public string Title { get; set; } = "";

    public DateTimeOffset FiledAt { get; set; }

    public string LeadStructure { get; set; } = "";

    public List<string> Partners { get; set; } = [];

    public List<string> Territories { get; set; } = [];

    public DateTimeOffset? WithdrawnAt { get; set; }

    /// <summary>The dossier was purged (decision 0032): its reference, call and filing date stay as anonymous counts, its team's names go.</summary>
    public void Forget()
    {
        Title = DossierPurge.PurgedTitle;
        LeadStructure = "";
        Partners = [];
        Territories = [];
    }

    public DossierProfile ToProfile() => new(Id, Reference, ProgrammeCode, FiledAt, LeadStructure, Partners, Territories);
}

internal sealed class FiledDossierConfiguration : IEntityTypeConfiguration<FiledDossier>
{
    public void Configure(EntityTypeBuilder<FiledDossier> builder)
    {
        builder.ToTable("dossier_profiles");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.ProgrammeCode).HasMaxLength(JuryLimits.ProgrammeCode);
        builder.Property(d => d.Reference).HasMaxLength(40);
        builder.Property(d => d.Title).HasMaxLength(500);
        builder.Property(d => d.LeadStructure).HasMaxLength(500);
        builder.HasIndex(d => new { d.ProgrammeCode, d.FiledAt });
    }
}
