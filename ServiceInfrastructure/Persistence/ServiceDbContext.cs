using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Messaging;
using Defis.SharedKernel.Errors;
using Microsoft.EntityFrameworkCore;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>
/// Base of every service's DbContext: it owns the outbox and inbox tables, so that a state change
/// and the events it announces are saved in one transaction.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    private readonly List<OutboxMessage> _unnumbered = [];

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues <paramref name="integrationEvent"/> for publication when this context's changes commit, after the events queued before it.</summary>
    public void AddIntegrationEvent(IntegrationEvent integrationEvent)
    {
        var message = OutboxMessage.From(integrationEvent);
        OutboxMessages.Add(message);
        _unnumbered.Add(message);
    }

    /// <summary>What a caller is told when another writer changed the same row first.</summary>
    public const string StaleWriteMessage = "La ressource a été modifiée entre-temps ; relisez-la puis réessayez.";

    /// <summary>
    /// Saves the changes and the events queued with them. A write that lost a race on a concurrency token is a
    /// <see cref="ConflictException"/> (ABORTED, 409): the error mapping need not know EF Core.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await NumberOutboxAsync(cancellationToken);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(StaleWriteMessage);
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Gives the events queued since the last save their outbox sequence, in the order they were queued: EF inserts
    /// the rows of one save in key order, not in that order, so an identity assigned at insert would not do. The
    /// numbers come from the column's own sequence when the changes are saved — under whatever lock guards the
    /// aggregate — so a later transaction of one aggregate always numbers its events after an earlier one's.
    /// </summary>
    private async Task NumberOutboxAsync(CancellationToken cancellationToken)
    {
        var pending = _unnumbered.Where(m => m.Sequence == 0 && Entry(m).State == EntityState.Added).ToList();
        _unnumbered.Clear();
        if (pending.Count == 0)
        {
            return;
        }
        var numbers = await Database.SqlQuery<long>($"""
            SELECT nextval(pg_get_serial_sequence('outbox_messages', 'sequence')) AS "Value" FROM generate_series(1, {pending.Count})
            """).ToListAsync(cancellationToken);
        numbers.Sort();
        for (var i = 0; i < pending.Count; i++)
        {
            pending[i].Sequence = numbers[i];
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
    }
}
