using System.Text.Json;
using Defis.Contracts.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.Funding.Persistence;

/// <summary>
/// The durable log of a programme's funding events, written in the same transaction as the outbox row
/// and kept (unlike outbox rows, deleted after a week), so that the replay API serves every event ever
/// published. The primary key (programme, sequence) refuses a repeated number.
/// </summary>
public sealed class FundingEventRecord
{
    public Guid ProgrammeId { get; private set; }

    public long Sequence { get; private set; }

    public Guid EventId { get; private set; }

    public string Type { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The event as the outbox serializes it, so the replay and the broker carry the same members.</summary>
    public string Payload { get; private set; } = "";

    public static FundingEventRecord Of(FundingEvent integrationEvent) => new()
    {
        ProgrammeId = integrationEvent.ProgrammeId,
        Sequence = integrationEvent.Sequence,
        EventId = integrationEvent.EventId,
        Type = IntegrationEventTypes.NameOf(integrationEvent.GetType()),
        OccurredAt = integrationEvent.OccurredAt,
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), JsonSerializerOptions.Web),
    };
}

internal sealed class FundingEventRecordConfiguration : IEntityTypeConfiguration<FundingEventRecord>
{
    public void Configure(EntityTypeBuilder<FundingEventRecord> builder)
    {
        builder.ToTable("funding_events");
        builder.HasKey(e => new { e.ProgrammeId, e.Sequence });
        builder.Property(e => e.Type).HasMaxLength(300);
        // json, not jsonb: the text is kept exactly as written, so a replayed payload is the published one.
        builder.Property(e => e.Payload).HasColumnType("json");
        builder.HasIndex(e => e.EventId).IsUnique();
    }
}
