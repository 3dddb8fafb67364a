using Defis.Client;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Defis.Portal.Gateway;

/// <summary>
/// The platform as the signed-in person may reach it: the gateway only, through the SDK, with the access token kept in
/// their session cookie. One client per request; its transport comes from the HTTP client factory (service discovery,
/// resilience, telemetry of ServiceDefaults) whose handlers outlive the client that disposes them.
/// </summary>
public sealed class PlatformAccess(IHttpContextAccessor http, IHttpMessageHandlerFactory handlers, IOptions<PortalSettings> settings) : IDisposable
{
    public const string HandlerName = "gateway";

    private DefisClient? _client;

    public DefisClient Client => _client ??= new DefisClient(settings.Value.Gateway, AccessTokenAsync, handlers.CreateHandler(HandlerName));

    private async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("No request to take the access token from.");
        return await context.GetTokenAsync("access_token") ?? throw new UnauthorizedAccessException("No access token in the session.");
    }

    public void Dispose() => _client?.Dispose();
}
