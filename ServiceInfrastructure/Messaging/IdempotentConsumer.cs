using Defis.ServiceInfrastructure.Audit;
using Defis.ServiceInfrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Defis.ServiceInfrastructure.Messaging;

/// <summary>
/// A consumer whose effect happens once per message, however often the broker delivers it: the
/// message id is recorded in the inbox in the same transaction as the effect (and any events the
/// effect raises), and a message already recorded is acknowledged without effect.
/// </summary>
public abstract class IdempotentConsumer<TMessage, TContext>(TContext db, TimeProvider time) : IConsumer<TMessage>
    where TMessage : class
    where TContext : ServiceDbContext
{
    protected TContext Db => db;

    protected TimeProvider Time => time;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId.");
        var consumer = GetType().Name;
        var cancellationToken = context.CancellationToken;
        db.ChangeTracker.Clear();
        using var work = AuditActor.Doing($"événement {typeof(TMessage).Name}");
        await db.InTransactionAsync(async () =>
        {
            var recorded = await db.Database.ExecuteSqlAsync(
                $"INSERT INTO inbox_messages (message_id, consumer, processed_at) VALUES ({messageId}, {consumer}, {time.GetUtcNow()}) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (recorded > 0)
            {
                await HandleAsync(context.Message, context, cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>Applies the message's effect to <see cref="Db"/>; it is saved and committed with the inbox record.</summary>
    protected abstract Task HandleAsync(TMessage message, ConsumeContext<TMessage> context, CancellationToken cancellationToken);
}
