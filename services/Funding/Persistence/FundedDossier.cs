using Defis.Contracts.Events;
using Defis.SharedKernel.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Funding.Persistence;

/// <summary>
/// What Funding knows of a filed dossier, from DossierSubmitted: who filed it (the lead, the only one who
/// may declare its expenses) and how collective it is. DossierSelected carries neither.
/// </summary>
public sealed class FundedDossier
{
    /// <summary>What a purged dossier is called, as in Submission.</summary>
    public const string PurgedTitle = "Dossier supprimé";

    public Guid DossierId { get; set; }

    public Guid ProgrammeId { get; set; }

    public string Reference { get; set; } = "";

    /// <summary>The user id (token "sub") of the lead who submitted the dossier.</summary>
    public string OwnerId { get; set; } = "";

    /// <summary>The lead structure and its partner organisations.</summary>
    public int Organisations { get; set; } = 1;

    public int Territories { get; set; } = 1;

    public long RequestedAmountCents { get; set; }

    /// <summary>What the team finances itself, from its budget; the grant records it.</summary>
    public long SelfFinancingCents { get; set; }

    /// <summary>The dossier's title, the lead structure's name and its SIRET (when given): the open data of grants names them.</summary>
    public string Title { get; set; } = "";

    public string LeadStructureName { get; set; } = "";

    public string? LeadStructureSiret { get; set; }

    /// <summary>
    /// The purge (decision 0032): the lead's account is forgotten, so nobody reaches the dossier as its laureate any more.
    /// A funded dossier keeps its title, structure and SIRET: they are its open-data line, public by law; any other
    /// dossier is left with its reference and figures only, as anonymous counts.
    /// </summary>
    public void Forget(bool funded)
    {
        OwnerId = "";
        if (funded)
        {
            return;
        }
        Title = PurgedTitle;
        LeadStructureName = "";
        LeadStructureSiret = null;
    }
}

/// <summary>
/// The jury's newest released outcome for a dossier and phase (DossierSelected / DossierNotSelected), kept even when
/// it is "not selected", so that an older outcome arriving late cannot bring a taken-back selection back.
/// </summary>
public sealed class JuryOutcome
{
    public Guid DossierId { get; set; }

    public Phase Phase { get; set; }

    public Guid ProgrammeId { get; set; }

    public Guid DecisionId { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public string DecidedBy { get; set; } = "";

    public bool Selected { get; set; }

    public long? RecommendedGrantCents { get; set; }

    public JuryVerdict Verdict => new(DecisionId, Revision, DecidedAt, Selected);

    public static JuryOutcome Of(IJuryVerdictEvent verdict, long? recommendedGrantCents) => new()
    {
        DossierId = verdict.DossierId,
        Phase = PhaseNames.FromEvent(verdict.Phase),
        ProgrammeId = verdict.ProgrammeId,
        DecisionId = verdict.DecisionId,
        Revision = verdict.DecisionRevision,
        DecidedAt = verdict.OccurredAt.ToUniversalTime(),
        DecidedBy = verdict.DecidedBy,
        Selected = verdict.Selected,
        RecommendedGrantCents = recommendedGrantCents,
    };
}

/// <summary>A ministry partner (its user id) that follows a programme's funding.</summary>
public sealed class ProgrammePartner
{
    public Guid ProgrammeId { get; set; }

    public string PartnerId { get; set; } = "";
}

internal sealed class FundedDossierConfiguration : IEntityTypeConfiguration<FundedDossier>
{
    public void Configure(EntityTypeBuilder<FundedDossier> builder)
    {
        builder.ToTable("dossiers");
        builder.HasKey(d => d.DossierId);
        builder.Property(d => d.DossierId).ValueGeneratedNever();
        builder.Property(d => d.Reference).HasMaxLength(40);
        builder.Property(d => d.OwnerId).HasMaxLength(200);
        builder.Property(d => d.Title).HasMaxLength(200);
        builder.Property(d => d.LeadStructureName).HasMaxLength(200);
        builder.Property(d => d.LeadStructureSiret).HasMaxLength(14);
        builder.HasIndex(d => d.OwnerId);
    }
}

internal sealed class JuryOutcomeConfiguration : IEntityTypeConfiguration<JuryOutcome>
{
    public void Configure(EntityTypeBuilder<JuryOutcome> builder)
    {
        builder.ToTable("jury_outcomes");
        builder.HasKey(o => new { o.DossierId, o.Phase });
        builder.Property(o => o.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.DecidedBy).HasMaxLength(200);
        builder.Ignore(o => o.Verdict);
    }
}

internal sealed class ProgrammePartnerConfiguration : IEntityTypeConfiguration<ProgrammePartner>
{
    public void Configure(EntityTypeBuilder<ProgrammePartner> builder)
    {
        builder.ToTable("programme_partners");
        builder.HasKey(p => new { p.ProgrammeId, p.PartnerId });
        builder.Property(p => p.PartnerId).HasMaxLength(200);
        builder.HasIndex(p => p.PartnerId);
    }
}
