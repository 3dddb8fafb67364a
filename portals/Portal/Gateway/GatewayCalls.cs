using Defis.ServiceDefaults.Resilience;
using Microsoft.Extensions.Http.Resilience;

namespace Defis.Portal.Gateway;

/// <summary>
/// How the portal's calls to the gateway behave when the platform is slow or briefly away: as every client's
/// (<see cref="HttpResilience"/>: reads retried, writes never), but one attempt may take as long as a loaded platform
/// needs to answer a write, 30 s instead of the standard 10. A write that still timed out may have been done (the gateway
/// sees it through, decision 0035): the 503 page asks the person to check before sending it again.
/// </summary>
public static class GatewayCalls
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(30);

    public static IServiceCollection AddGatewayCalls(this IServiceCollection services)
    {
#pragma warning disable EXTEXP0001 // The documented way to replace, for one client, the handler ServiceDefaults gives every client.
        services.AddHttpClient(PlatformAccess.HandlerName)
            .RemoveAllResilienceHandlers()
            .AddStandardResilienceHandler(Configure);
#pragma warning restore EXTEXP0001
        return services;
    }

    private static void Configure(HttpStandardResilienceOptions options)
    {
        HttpResilience.Standard(options);
        options.AttemptTimeout.Timeout = AttemptTimeout;
        options.TotalRequestTimeout.Timeout = 2 * AttemptTimeout;
        // The circuit breaker's window must hold at least two attempts.
        options.CircuitBreaker.SamplingDuration = 2 * AttemptTimeout;
    }
}
