using Defis.Identity.Accounts;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Defis.Identity.Tokens;

/// <summary>
/// Degraded mode (no OpenIddict store): client credentials are checked here, against configuration.
/// The password grant is only enabled in Development and Testing. A code is redeemed, and a refresh token used, only by a
/// configured browser client, which is public: PKCE (required) proves it is the one that asked for the code, and OpenIddict
/// that a refresh token was given to the client presenting it.
/// </summary>
public sealed class ClientAuthentication(IOptionsMonitor<IdentitySettings> settings) : IOpenIddictServerHandler<ValidateTokenRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateTokenRequestContext>()
        .UseSingletonHandler<ClientAuthentication>()
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ValidateTokenRequestContext context)
    {
        if (context.Request.IsAuthorizationCodeGrantType() || context.Request.IsRefreshTokenGrantType())
        {
            if (BrowserClientValidation.Find(settings.CurrentValue, context.ClientId) is null)
            {
                context.Reject(Errors.InvalidClient, "Client inconnu.");
            }
            return default;
        }
        if (!context.Request.IsClientCredentialsGrantType())
        {
            return default;
        }
        var client = settings.CurrentValue.Clients.FirstOrDefault(c => c.ClientId == context.ClientId);
        if (client?.Secret is not { Length: > 0 } secret || !DemoAccounts.SameSecret(context.Request.ClientSecret, secret))
        {
            context.Reject(Errors.InvalidClient, "Identifiant ou secret du client incorrect.");
        }
        return default;
    }
}
