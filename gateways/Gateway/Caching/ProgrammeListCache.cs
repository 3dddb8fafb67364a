using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Defis.Gateway.Caching;

/// <summary>
/// The public list of calls (GET /api/v1/programmes) is the same for every caller and read far more than it
/// changes: it is served from Redis (X-Cache: HIT), shared by all gateway instances, until a call is published or
/// closed (<see cref="ProgrammeCacheInvalidation"/>) or, as a backstop, the entry expires. The request has no
/// parameters, so one entry serves every query string (and no caller can fill Redis with variants).
/// </summary>
public sealed class ProgrammeListCache(RequestDelegate next, IConnectionMultiplexer redis, IOptions<GatewaySettings> settings)
{
    public const string Path = "/api/v1/programmes";
    public const string CacheHeader = "X-Cache";

    public static readonly RedisKey Entry = "cache:programmes:published";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !context.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        var database = redis.GetDatabase();
        RedisValue cached;
        try
        {
            cached = await database.StringGetAsync(Entry);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // A cache is an optimisation: without Redis the list comes from the service.
            await next(context);
            return;
        }
        if (cached.HasValue)
        {
            context.Response.Headers[CacheHeader] = "HIT";
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.Body.WriteAsync((byte[])cached!, context.RequestAborted);
            return;
        }
        await FetchAndKeepAsync(context, database);
    }

    private async Task FetchAndKeepAsync(HttpContext context, IDatabase database)
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
            await KeepAsync(database, capture.Body);
        }
        await capture.ReleaseAsync();
    }

    private async Task KeepAsync(IDatabase database, byte[] list)
    {
        try
        {
            // A list read just before an invalidation may still be written just after it: the lifetime bounds that.
            await database.StringSetAsync(Entry, list, settings.Value.ProgrammeListCacheLifetime);
        }
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            // Not kept this time: the next reader asks the service again.
        }
    }

    public static Task InvalidateAsync(IDatabase database) => database.KeyDeleteAsync(Entry);
}
