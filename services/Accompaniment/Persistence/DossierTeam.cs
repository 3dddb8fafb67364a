using Defis.SharedKernel.Teams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Accompaniment.Persistence;

/// <summary>
/// The team members a dossier's lead invited to co-edit it (normalised e-mails, as tokens are matched), as its newest
/// filing told them: they read the dossier's support plan with the lead, who alone acts on it. Kept apart from
/// <see cref="DossierRow"/> because a refiling may arrive before the first filing, which alone makes the dossier known.
/// </summary>
public sealed class DossierTeam
{
    public Guid DossierId { get; set; }

    public List<string> CoEditorEmails { get; set; } = [];

    /// <summary>When the filing that told <see cref="CoEditorEmails"/> happened (UTC).</summary>
    public DateTimeOffset FiledAt { get; set; } = DateTimeOffset.UnixEpoch;

    /// <summary>The co-editors as a filing told them, kept only when that filing is the newest heard of (<see cref="TeamAsFiled"/>).</summary>
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
        // A co-editor's list of plans and of sessions looks their dossiers up by e-mail.
        builder.HasIndex(t => t.CoEditorEmails).HasMethod("gin");
    }
}
