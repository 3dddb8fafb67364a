using Microsoft.Extensions.Http.Resilience;

namespace Defis.Portal.Gateway;

/// <summary>
/// How the portal's calls to the gateway behave when the platform is slow or briefly away. A person is waiting, often
/// after pressing a button: reads are retried, writes never are. A write whose answer came too late may still have been
/// done (the gateway sees it through, decision 0035), so sending it again could do it twice; the 503 page asks the person
/// to check before sending it again. One attempt may take as long as a loaded platform needs to answer a write.
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
        options.Retry.DisableForUnsafeHttpMethods();
        options.AttemptTimeout.Timeout = AttemptTimeout;
        options.TotalRequestTimeout.Timeout = 2 * AttemptTimeout;
        // The circuit breaker's window must hold at least two attempts.
        options.CircuitBreaker.SamplingDuration = 2 * AttemptTimeout;
    }
}
