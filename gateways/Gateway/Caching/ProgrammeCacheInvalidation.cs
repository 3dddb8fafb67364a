using Defis.Contracts.Events;
using MassTransit;
using StackExchange.Redis;

namespace Defis.Gateway.Caching;

/// <summary>
/// A call published or closed changes the public list: the cached copy goes. The gateway has no database, hence
/// no inbox (decision 0003): this consumer's only effect, deleting cache entries, is idempotent by nature,
/// so a redelivered event does no harm.
/// </summary>
public sealed class ProgrammeCacheInvalidation(IConnectionMultiplexer redis) : IConsumer<ProgrammePublished>, IConsumer<ProgrammeClosed>
{
    public Task Consume(ConsumeContext<ProgrammePublished> context) => ProgrammeListCache.InvalidateAsync(redis.GetDatabase());

    public Task Consume(ConsumeContext<ProgrammeClosed> context) => ProgrammeListCache.InvalidateAsync(redis.GetDatabase());
}
