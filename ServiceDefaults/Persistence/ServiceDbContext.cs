using Defis.Contracts.Events;
using Defis.ServiceDefaults.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Defis.ServiceDefaults.Persistence;

/// <summary>
/// Base of every service's DbContext: it owns the outbox and inbox tables, so that a state change
/// and the events it announces are saved in one transaction.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues <paramref name="integrationEvent"/> for publication when this context's changes commit.</summary>
    public void AddIntegrationEvent(IntegrationEvent integrationEvent) =>
        OutboxMessages.Add(OutboxMessage.From(integrationEvent));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
