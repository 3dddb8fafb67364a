namespace Defis.Gateway;

/// <summary>The "Gateway" configuration section; the defaults suit a local run.</summary>
public sealed class GatewaySettings
{
    public const string Section = "Gateway";

    /// <summary>Larger request bodies are refused with 413 before reaching a service.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// The limit of the file upload routes only (<see cref="Limits.UploadRoutes"/>): the service counts the 20 MB a file
    /// exactly while streaming; this only keeps anything much larger from being relayed at all.
    /// </summary>
    public long MaxUploadBodyBytes { get; set; } = 21 * 1024 * 1024;

    /// <summary>Portal origins allowed to call the REST surface from a browser.</summary>
    public List<string> CorsOrigins { get; set; } = [];

    public RateLimitSettings RateLimit { get; set; } = new();

    /// <summary>Proxies (IP addresses or CIDR networks) whose X-Forwarded-For / -Proto / -Host are believed; none by default.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>How long a POST's first response is replayed for its Idempotency-Key.</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a key stays claimed by a request still running (a crashed gateway frees it after this).</summary>
    public TimeSpan IdempotencyClaim { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Backstop lifetime of the cached list of calls; events invalidate it sooner.</summary>
    public TimeSpan ProgrammeListCacheLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Backstop lifetime of a cached laureate list; a released selection invalidates it sooner.</summary>
    public TimeSpan LaureateListCacheLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>After an event invalidated a list, how long it is not cached again (the serving service may apply the event later).</summary>
    public TimeSpan CacheInvalidationSettle { get; set; } = TimeSpan.FromSeconds(5);
}

public sealed class RateLimitSettings
{
    public int PermitsPerUser { get; set; } = 600;

    public int PermitsPerClientIp { get; set; } = 1200;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
