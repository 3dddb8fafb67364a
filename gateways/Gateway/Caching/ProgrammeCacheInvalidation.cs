using Defis.Contracts.Events;
using MassTransit;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Defis.Gateway.Caching;

/// <summary>
/// A call published, closed or archived changes the public list: the cached copy goes. The gateway has no database, hence
/// no inbox (decision 0003): this consumer's only effect, dropping a cache entry, is idempotent by nature,
/// so a redelivered event does no harm.
/// </summary>
public sealed class ProgrammeCacheInvalidation(IConnectionMultiplexer redis, IOptions<GatewaySettings> settings) : IConsumer<ProgrammePublished>, IConsumer<ProgrammeClosed>, IConsumer<ProgrammeArchived>
{
    public Task Consume(ConsumeContext<ProgrammePublished> context) => DropAsync();

    public Task Consume(ConsumeContext<ProgrammeClosed> context) => DropAsync();

    public Task Consume(ConsumeContext<ProgrammeArchived> context) => DropAsync();

    private Task DropAsync() => PublicLists.DropAsync(redis.GetDatabase(), PublicLists.Programmes, settings.Value.CacheInvalidationSettle);
}
