using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Defis.Gateway.Caching;

/// <summary>
/// The public lists (<see cref="PublicLists"/>) are read far more than they change: they are served from Redis
/// (X-Cache: HIT), shared by all gateway instances, until an event changes them (<see cref="ProgrammeCacheInvalidation"/>,
/// <see cref="LaureateCacheInvalidation"/>) or, as a backstop, the entry expires. Access was already checked: the
/// route's policy ran before, and a list is the same for every caller it admits.
/// </summary>
public sealed class PublicListCache(RequestDelegate next, IConnectionMultiplexer redis, IOptions<GatewaySettings> settings)
{
    public const string CacheHeader = "X-Cache";

    public async Task InvokeAsync(HttpContext context)
    {
        if (PublicLists.EntryFor(context.Request, settings.Value) is not var (key, lifetime))
        {
            await next(context);
            return;
        }
        var database = redis.GetDatabase();
        RedisValue cached;
        try
        {
            cached = await database.StringGetAsync(key);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // A cache is an optimisation: without Redis the list comes from the service.
            await next(context);
            return;
        }
        if (!cached.IsNullOrEmpty)
        {
            context.Response.Headers[CacheHeader] = "HIT";
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync((byte[])cached!, context.RequestAborted);
            return;
        }
        await FetchAndKeepAsync(context, database, key, lifetime);
    }

    private async Task FetchAndKeepAsync(HttpContext context, IDatabase database, RedisKey key, TimeSpan lifetime)
    {
        using var capture = ResponseCapture.Start(context);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[CacheHeader] = "MISS";
            return Task.CompletedTask;
        });
        await next(context);
        if (context.Response.StatusCode == StatusCodes.Status200OK)
        {
            await KeepAsync(database, key, capture.Body, lifetime);
        }
        await capture.ReleaseAsync();
    }

    private static async Task KeepAsync(IDatabase database, RedisKey key, byte[] list, TimeSpan lifetime)
    {
        try
        {
            // Only where nothing is: an invalidation's tombstone (PublicLists.DropAsync) stays until it expires.
            await database.StringSetAsync(key, list, lifetime, When.NotExists);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // Not kept this time: the next reader asks the service again.
        }
    }
}
