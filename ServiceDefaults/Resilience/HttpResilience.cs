using Microsoft.Extensions.Http.Resilience;

namespace Defis.ServiceDefaults.Resilience;

/// <summary>
/// How every HTTP client of the platform meets a passing failure: the standard handler's retries, timeouts and circuit
/// breaker, except that a write (POST, PUT, PATCH, DELETE) is never sent again. A write whose answer came too late may
/// still have been done, and sending it again could do it twice (decision 0035).
/// </summary>
public static class HttpResilience
{
    public static void Standard(HttpStandardResilienceOptions options) => options.Retry.DisableForUnsafeHttpMethods();
}
