using Defis.ServiceInfrastructure.Persistence;
using Defis.Funding.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Funding.Persistence;

/// <summary>A published call's money rules as Funding learnt them from ProgrammePublished; read into <see cref="FundingRules"/>.</summary>
public sealed class ProgrammeRules
{
    public Guid ProgrammeId { get; set; }

    public string Code { get; set; } = "";

    public List<StoredPhaseRange> Ranges { get; set; } = [];

    public int CollectiveAllowancePercent { get; set; }

    public FundingRules ToDomain() => FundingRules.Define(ProgrammeId,
        Ranges.ToDictionary(r => r.Phase, r => new PhaseRange(new Money(r.MinCents), new Money(r.MaxCents), new Money(r.DefaultCents))),
        new CollectiveAllowance(CollectiveAllowancePercent));
}

public sealed record StoredPhaseRange(Phase Phase, long MinCents, long MaxCents, long DefaultCents);

internal sealed class ProgrammeRulesConfiguration : IEntityTypeConfiguration<ProgrammeRules>
{
    public void Configure(EntityTypeBuilder<ProgrammeRules> builder)
    {
        builder.ToTable("programme_rules");
        builder.HasKey(r => r.ProgrammeId);
        builder.Property(r => r.ProgrammeId).ValueGeneratedNever();
        builder.Property(r => r.Code).HasMaxLength(16);
        builder.Property(r => r.Ranges).HasJsonConversion();
    }
}
