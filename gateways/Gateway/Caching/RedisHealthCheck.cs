using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace Defis.Gateway.Caching;

public sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy();
        }
        catch (RedisException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "cache unreachable", e);
        }
    }
}
