using Defis.SharedKernel.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Funding.Persistence;

/// <summary>
/// The team members a dossier's lead invited to co-edit it (lower-case e-mails, as tokens carry them), as its newest
/// filing told them: they follow the grant with the lead, who alone declares its expenses. Kept apart from
/// <see cref="FundedDossier"/> because a refiling may arrive before the first filing, and only the first filing makes
/// the dossier known.
/// </summary>
public sealed class DossierTeam
{
    public Guid DossierId { get; set; }

    public List<string> CoEditorEmails { get; set; } = [];

    /// <summary>When the filing that told <see cref="CoEditorEmails"/> happened.</summary>
    public DateTimeOffset FiledAt { get; set; }

    /// <summary>
    /// The co-editors as a filing told them, kept only when that filing is the newest heard of: a first filing and a
    /// refiling converge whatever order they arrive in.
    /// </summary>
    public void Hear(IEnumerable<string> coEditorEmails, DateTimeOffset filedAt)
    {
        var team = new TeamAsFiled(CoEditorEmails, FiledAt).Hear(coEditorEmails, filedAt);
        (CoEditorEmails, FiledAt) = ([.. team.CoEditorEmails], team.FiledAt);
    }
}

internal sealed class DossierTeamConfiguration : IEntityTypeConfiguration<DossierTeam>
{
    public void Configure(EntityTypeBuilder<DossierTeam> builder)
    {
        builder.ToTable("dossier_teams");
        builder.HasKey(t => t.DossierId);
        builder.Property(t => t.DossierId).ValueGeneratedNever();
        builder.Property(t => t.CoEditorEmails).HasColumnType("text[]");
        // Each call of a co-editor looks their dossiers up by e-mail.
        builder.HasIndex(t => t.CoEditorEmails).HasMethod("gin");
    }
}
