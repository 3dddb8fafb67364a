using Defis.Accompaniment.Domain.Plans;
using Defis.Contracts.Events;
using Defis.SharedKernel.Decisions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Accompaniment.Persistence;

/// <summary>
/// The newest released verdict Accompaniment knows for a dossier and phase (older ones arriving later are dropped),
/// and, for a selection whose plan cannot open yet, what it waits for: staff list these, and the plan opens when
/// the dossier or the programme's coach pool arrives.
/// </summary>
public sealed class JuryVerdictRow
{
    public Guid DossierId { get; set; }

    public Phase Phase { get; set; }

    public Guid ProgrammeId { get; set; }

    public Guid DecisionId { get; set; }

    public int Revision { get; set; }

    public DateTimeOffset DecidedAt { get; set; }

    public string DecidedBy { get; set; } = "";

    public bool Selected { get; set; }

    /// <summary><see cref="PlanStep.WaitForDossier"/> or <see cref="PlanStep.WaitForCoachPool"/> while the plan cannot open; else null.</summary>
    public PlanStep? WaitingFor { get; set; }

    /// <summary>Since when the selection waits (kept while the reason changes, so staff see how long it has waited).</summary>
    public DateTimeOffset? WaitingSince { get; set; }

    public JuryVerdict Verdict => new(DecisionId, Revision, DecidedAt, Selected);

    public static JuryVerdictRow Of(IJuryVerdictEvent verdict) => new()
    {
        DossierId = verdict.DossierId,
        Phase = PhaseNames.FromEvent(verdict.Phase),
        ProgrammeId = verdict.ProgrammeId,
        DecisionId = verdict.DecisionId,
        Revision = verdict.DecisionRevision,
        DecidedAt = verdict.OccurredAt.ToUniversalTime(),
        DecidedBy = verdict.DecidedBy,
        Selected = verdict.Selected,
    };
}

internal sealed class JuryVerdictRowConfiguration : IEntityTypeConfiguration<JuryVerdictRow>
{
    public void Configure(EntityTypeBuilder<JuryVerdictRow> builder)
    {
        builder.ToTable("jury_verdicts");
        builder.HasKey(v => new { v.DossierId, v.Phase });
        builder.Property(v => v.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(v => v.DecidedBy).HasMaxLength(200);
        builder.Property(v => v.WaitingFor).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(v => v.Verdict);
        // Staff list, and a new pool opens, the selections waiting in a programme.
        builder.HasIndex(v => new { v.ProgrammeId, v.WaitingFor });
    }
}
