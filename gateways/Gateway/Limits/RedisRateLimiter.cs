using Defis.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Defis.Gateway.Limits;

/// <summary>
/// Fixed windows per user (the token's sub) and per client IP, counted in Redis so that every gateway instance
/// shares them. One script increments both counters atomically and says how long until the exhausted one resets.
/// </summary>
public sealed class RedisRateLimiter(RequestDelegate next, IConnectionMultiplexer redis, IOptions<GatewaySettings> settings, ILogger<RedisRateLimiter> logger)
{
    // KEYS: counters; ARGV[1]: window in ms; ARGV[i + 1]: the limit of KEYS[i]. Returns ms to wait, 0 when allowed.
    private const string Script = """
        local wait = 0
        for i, key in ipairs(KEYS) do
          local count = redis.call('INCR', key)
          local ttl = redis.call('PTTL', key)
          if ttl < 0 then
            redis.call('PEXPIRE', key, ARGV[1])
            ttl = tonumber(ARGV[1])
          end
          if count > tonumber(ARGV[i + 1]) and ttl > wait then
            wait = ttl
          end
        end
        return wait
        """;

    public async Task InvokeAsync(HttpContext context)
    {
        var wait = await WaitAsync(context);
        if (wait > TimeSpan.Zero)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await GatewayProblem.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Trop de requêtes : réessayez plus tard.");
            return;
        }
        await next(context);
    }

    private async Task<TimeSpan> WaitAsync(HttpContext context)
    {
        var limits = settings.Value.RateLimit;
        var ip = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var keys = new List<RedisKey> { $"ratelimit:ip:{ip}" };
        var arguments = new List<RedisValue> { (long)limits.Window.TotalMilliseconds, limits.PermitsPerClientIp };
        if (context.User.FindFirst(Caller.SubjectClaim)?.Value is { } user)
        {
            keys.Add($"ratelimit:user:{user}");
            arguments.Add(limits.PermitsPerUser);
        }
        try
        {
            var result = await redis.GetDatabase().ScriptEvaluateAsync(Script, [.. keys], [.. arguments]);
            return TimeSpan.FromMilliseconds((long)result);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // Better to serve without limits for a moment than to refuse everyone while Redis is away.
            logger.LogWarning(e, "Rate limiting skipped: Redis unavailable.");
            return TimeSpan.Zero;
        }
    }
}
