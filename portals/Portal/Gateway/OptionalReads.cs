using Refit;

namespace Defis.Portal.Gateway;

/// <summary>
/// A part of a page that the page can do without (another service's read beside the page's own): when that service is
/// down — the gateway's 503 (decision 0022) or any other 5xx, no answer, a timeout — the page still shows and says in
/// French that this part cannot be shown now, rather than failing whole. Refusals (401, 403, 404) are not outages:
/// they stay <see cref="GatewayRefusals"/>', as the personal data archive treats them too.
/// </summary>
public static class OptionalReads
{
    /// <summary>The read's answer, or null when the service behind it is down.</summary>
    public static async Task<T?> OrNoneWhenDownAsync<T>(this Task<T> read) where T : class
    {
        try
        {
            return await read;
        }
        catch (Exception e) when (IsOutage(e))
        {
            return null;
        }
    }

    /// <summary>
    /// A 5xx, or no answer at all: Refit wraps what the transport threw (refused connection, timeout) in an
    /// <see cref="ApiRequestException"/>; the person's own request being cancelled is not an outage.
    /// </summary>
    public static bool IsOutage(Exception e) => e switch
    {
        ApiException answered => (int)answered.StatusCode >= 500,
        ApiRequestException unanswered => unanswered.InnerException is not { } cause || IsOutage(cause),
        HttpRequestException => true,
        // The resilience handler's timeout or open circuit (ServiceDefaults), and HttpClient's own timeout.
        Polly.ExecutionRejectedException => true,
        TaskCanceledException { InnerException: TimeoutException } => true,
        _ => false,
    };
}
