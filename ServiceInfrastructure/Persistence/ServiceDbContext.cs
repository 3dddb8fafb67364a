using System.Data;
using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Audit;
using Defis.ServiceInfrastructure.Messaging;
using Defis.SharedKernel.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.ServiceInfrastructure.Persistence;

/// <summary>
/// Base of every service's DbContext: it owns the outbox and inbox tables, so that a state change
/// and the events it announces are saved in one transaction, and the audit trail, so that a state change and the
/// record of who made it are saved in one transaction too.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options) : DbContext(options)
{
    private readonly List<OutboxMessage> _unnumbered = [];
    private Guid? _wroteInTransaction;

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<AuditTrailEntry> AuditTrail => Set<AuditTrailEntry>();

    public DbSet<AuditTrailDigest> AuditTrailDigests => Set<AuditTrailDigest>();

    /// <summary>Queues <paramref name="integrationEvent"/> for publication when this context's changes commit, after the events queued before it.</summary>
    public void AddIntegrationEvent(IntegrationEvent integrationEvent)
    {
        var message = OutboxMessage.From(integrationEvent);
        OutboxMessages.Add(message);
        _unnumbered.Add(message);
    }

    /// <summary>
    /// The one shape of a change: begin a transaction, let <paramref name="change"/> lock what it needs and change it
    /// (queuing its events), save, commit. A change that throws or is cancelled leaves nothing: the transaction rolls
    /// back. A change that returns early without touching anything commits an empty transaction, which wakes nobody
    /// (<see cref="WroteIn"/>).
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> change, CancellationToken cancellationToken, IsolationLevel? isolation = null)
    {
        // A save that fails here ends the change: the whole transaction rolls back, so the savepoint EF would wrap
        // around each save (two more round trips, under whatever lock the change holds) could never be used.
        Database.AutoSavepointsEnabled = false;
        await using var transaction = isolation is { } level
            ? await Database.BeginTransactionAsync(level, cancellationToken)
            : await Database.BeginTransactionAsync(cancellationToken);
        var result = await change();
        await SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <inheritdoc cref="InTransactionAsync{T}"/>
    public Task InTransactionAsync(Func<Task> change, CancellationToken cancellationToken, IsolationLevel? isolation = null) =>
        InTransactionAsync(async () =>
        {
            await change();
            return true;
        }, cancellationToken, isolation);

    /// <summary>Whether a save of this context wrote rows inside the transaction <paramref name="transactionId"/>.</summary>
    public bool WroteIn(Guid transactionId) => _wroteInTransaction == transactionId;

    /// <summary>What a caller is told when another writer changed the same row first.</summary>
    public const string StaleWriteMessage = "La ressource a été modifiée entre-temps ; relisez-la puis réessayez.";

    /// <summary>
    /// Saves the changes and the events queued with them. A write that lost a race on a concurrency token is a
    /// <see cref="ConflictException"/> (ABORTED, 409): the error mapping need not know EF Core.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once per save: the audit and EF's own save would each detect them again, and every
        // detection serialises each JSON column twice to compare it (JsonColumn). What they add is added, not detected.
        ChangeTracker.DetectChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            RecordAudit();
            await NumberOutboxAsync(cancellationToken);
            var rows = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (rows > 0 && Database.CurrentTransaction is { } transaction)
            {
                _wroteInTransaction = transaction.TransactionId;
            }
            return rows;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException(StaleWriteMessage);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
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

    /// <summary>Adds to this save one audit entry per thing it changes, against the caller (or the service's own work).</summary>
    private void RecordAudit()
    {
        // The application's services, as AddDbContext gave them: none when a test builds the context by hand.
        var services = this.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider;
        var actor = AuditActor.Of(services?.GetService<IHttpContextAccessor>()?.HttpContext?.User);
        var now = (services?.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        AuditTrail.AddRange(AuditRecorder.Record(ChangeTracker, actor, now));
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new AuditTrailEntryConfiguration());
        modelBuilder.ApplyConfiguration(new AuditTrailDigestConfiguration());
    }
}
