using Defis.Contracts.Events;
using MassTransit;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Defis.Gateway.Caching;

/// <summary>
/// A released selection changes a phase's laureates: each DossierSelected drops its phase's list at once, and the
/// PhaseSelectionReleased that closes the act drops it again (it also follows corrections, which may take a laureate
/// back). Dropping is idempotent, so redeliveries need no inbox (decision 0017).
/// </summary>
public sealed class LaureateCacheInvalidation(IConnectionMultiplexer redis, IOptions<GatewaySettings> settings) : IConsumer<DossierSelected>, IConsumer<PhaseSelectionReleased>
{
    public Task Consume(ConsumeContext<DossierSelected> context) => DropAsync(context.Message.ProgrammeCode, context.Message.Phase);

    public Task Consume(ConsumeContext<PhaseSelectionReleased> context) => DropAsync(context.Message.ProgrammeCode, context.Message.Phase);

    private Task DropAsync(string programmeCode, string phase) => PublicLists.Laureates(programmeCode, phase) is { } key
        ? PublicLists.DropAsync(redis.GetDatabase(), key, settings.Value.CacheInvalidationSettle)
        : Task.CompletedTask;
}
