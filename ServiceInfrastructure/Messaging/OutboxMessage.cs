using System.Diagnostics;
using System.Text.Json;
using Defis.Contracts.Events;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Defis.ServiceInfrastructure.Messaging;

/// <summary>An integration event waiting to be published, saved in the same transaction as the state change.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
    }

    /// <summary>The event's id, used as the broker MessageId so that consumers can de-duplicate.</summary>
    public Guid Id { get; private set; }

    /// <summary>Order of raising, numbered when saved (ServiceDbContext); events of one aggregate are published in this order.</summary>
    public long Sequence { get; internal set; }

    public Guid AggregateId { get; private set; }

    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>W3C trace context of the request that raised the event, so publish and consume join its trace.</summary>
    public string? TraceParent { get; private set; }

    public string? TraceState { get; private set; }

    public DateTimeOffset? PublishedAt { get; internal set; }

    public int Attempts { get; internal set; }

    public DateTimeOffset NextAttemptAt { get; internal set; }

    public string? LastError { get; internal set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            Id = integrationEvent.EventId,
            AggregateId = integrationEvent.AggregateId,
            Type = IntegrationEventTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, JsonSerializerOptions.Web),
            OccurredAt = integrationEvent.OccurredAt,
            NextAttemptAt = integrationEvent.OccurredAt,
            TraceParent = Activity.Current?.Id,
            TraceState = Activity.Current?.TraceStateString,
        };
    }

    public IntegrationEvent ToEvent() =>
        (IntegrationEvent)(JsonSerializer.Deserialize(Payload, IntegrationEventTypes.Resolve(Type), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload."));
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        // Numbered by ServiceDbContext from the column's sequence; the default only serves rows written by hand.
        builder.Property(m => m.Sequence).UseIdentityByDefaultColumn();
        builder.Property(m => m.Type).HasMaxLength(300);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.TraceParent).HasMaxLength(128);
        builder.Property(m => m.TraceState).HasMaxLength(512);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.HasIndex(m => m.Sequence).HasFilter("published_at IS NULL");
        builder.HasIndex(m => m.AggregateId).HasFilter("published_at IS NULL");
        builder.HasIndex(m => m.PublishedAt).HasFilter("published_at IS NOT NULL");
    }
}
