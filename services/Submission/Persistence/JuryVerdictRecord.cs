using Defis.SharedKernel.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Submission.Persistence;

/// <summary>The newest released outcome Submission has applied for a dossier and phase; older ones arriving later are dropped.</summary>
public sealed class JuryVerdictRecord
{
    public Guid DossierId { get; set; }

    public Phase Phase { get; set; }

    public Guid DecisionId { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public bool Selected { get; set; }

    /// <summary>The jury's reasons for a selection, as the decision letter quotes them.</summary>
    public string? Rationale { get; set; }

    /// <summary>
    /// The released decision this one corrects, for the corrected-decision letter: the decision Submission had applied
    /// (its id, release time and outcome), or only what the event names when the correction arrived first.
    /// </summary>
    public Guid? ReplacedDecisionId { get; set; }

    public DateTimeOffset? ReplacedDecidedAt { get; set; }

    public bool? ReplacedSelected { get; set; }

    public bool Corrects => ReplacedDecisionId is not null || ReplacedSelected is not null;

    public JuryVerdict Verdict => new(DecisionId, Revision, DecidedAt, Selected);
}

internal sealed class JuryVerdictRecordConfiguration : IEntityTypeConfiguration<JuryVerdictRecord>
{
    public void Configure(EntityTypeBuilder<JuryVerdictRecord> builder)
    {
        builder.ToTable("jury_verdicts");
        builder.HasKey(v => new { v.DossierId, v.Phase });
        builder.Property(v => v.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.Rationale).HasMaxLength(4000);
        builder.Ignore(v => v.Verdict);
        builder.Ignore(v => v.Corrects);
    }
}
