using Defis.Funding.Domain;
using Defis.Funding.Domain.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Funding.Persistence;

/// <summary>
/// One row per programme, locked FOR UPDATE by every change of the programme's money or events
/// (<see cref="ProgrammeLock"/>). The CHECKs are the last guard should a bug bypass the lock.
/// </summary>
internal sealed class EnvelopeConfiguration : IEntityTypeConfiguration<Envelope>
{
    public void Configure(EntityTypeBuilder<Envelope> builder)
    {
        builder.ToTable("envelopes", table =>
        {
            table.HasCheckConstraint("ck_envelopes_committed_within_total", "committed >= 0 AND committed <= total");
            table.HasCheckConstraint("ck_envelopes_disbursed_within_committed", "disbursed >= 0 AND disbursed <= committed");
        });
        builder.HasKey(e => e.ProgrammeId);
        builder.Property(e => e.ProgrammeId).ValueGeneratedNever();
        builder.Property(e => e.Total);
        builder.Property(e => e.Committed);
        builder.Property(e => e.Disbursed);
        builder.Property(e => e.HighestThresholdReported);
        builder.OwnsMany(e => e.Phases, phase =>
        {
            phase.ToTable("envelope_phases", table =>
                table.HasCheckConstraint("ck_envelope_phases_within_allocation", "allocation IS NULL OR committed <= allocation"));
            phase.WithOwner().HasForeignKey("ProgrammeId");
            phase.HasKey("ProgrammeId", nameof(PhaseLedger.Phase));
            phase.Property(p => p.Phase).HasConversion<string>().HasMaxLength(20);
            phase.Property(p => p.Allocation);
            phase.Property(p => p.Committed);
            phase.Property(p => p.Disbursed);
        });
        builder.Navigation(e => e.Phases).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProgrammeEventCounterConfiguration : IEntityTypeConfiguration<ProgrammeEventCounter>
{
    public void Configure(EntityTypeBuilder<ProgrammeEventCounter> builder)
    {
        builder.ToTable("programme_event_counters");
        builder.HasKey(c => c.ProgrammeId);
        builder.Property(c => c.ProgrammeId).ValueGeneratedNever();
        builder.Property(c => c.LastSequence);
    }
}
