namespace Defis.Hosting.Orchestration;

/// <summary>WithHttpHealthCheck: healthy while GET {url} answers 2xx.</summary>
public sealed class HealthProbe(Uri url)
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(5) };

    public async Task<HealthStatus> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await Client.GetAsync(url, cancellationToken);
            return response.IsSuccessStatusCode ? HealthStatus.Healthy : HealthStatus.Unhealthy;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthStatus.Unhealthy;
        }
    }
}
