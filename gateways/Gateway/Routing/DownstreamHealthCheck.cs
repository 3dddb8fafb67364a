using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Defis.Gateway.Routing;

/// <summary>The gateway is ready only when the services behind it are: it asks each one's /health.</summary>
public sealed class DownstreamHealthCheck(IHttpClientFactory clients, Uri serviceAddress) : IHealthCheck
{
    public const string ClientName = "downstream-health";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await clients.CreateClient(ClientName).GetAsync(new Uri(serviceAddress, "/health"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy()
                : new HealthCheckResult(context.Registration.FailureStatus, $"answered {(int)response.StatusCode}");
        }
        catch (HttpRequestException e)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "unreachable", e);
        }
    }
}
