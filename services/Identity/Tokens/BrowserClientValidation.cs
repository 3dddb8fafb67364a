using Defis.Identity.Accounts;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Defis.Identity.Tokens;

/// <summary>
/// Degraded mode (no OpenIddict store) leaves client and address checks to us: an authorization request must come from
/// a configured browser client and name one of its redirect URIs exactly, or a code could be sent anywhere; a sign-out
/// may only return to one of the configured post-logout addresses.
/// </summary>
public sealed class BrowserClientValidation(IOptionsMonitor<IdentitySettings> settings) :
    IOpenIddictServerHandler<ValidateAuthorizationRequestContext>, IOpenIddictServerHandler<ValidateEndSessionRequestContext>
{
    public static OpenIddictServerHandlerDescriptor AuthorizationDescriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateAuthorizationRequestContext>()
        .UseSingletonHandler<BrowserClientValidation>()
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public static OpenIddictServerHandlerDescriptor EndSessionDescriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<ValidateEndSessionRequestContext>()
        .UseSingletonHandler<BrowserClientValidation>()
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(ValidateAuthorizationRequestContext context)
    {
        var client = Find(settings.CurrentValue, context.ClientId);
        if (client is null)
        {
            context.Reject(Errors.InvalidClient, "Client inconnu.");
        }
        else if (!client.RedirectUris.Contains(context.RedirectUri ?? "", StringComparer.Ordinal))
        {
            context.Reject(Errors.InvalidRequest, "Adresse de retour non enregistrée pour ce client.");
        }
        return default;
    }

    public ValueTask HandleAsync(ValidateEndSessionRequestContext context)
    {
        var address = context.PostLogoutRedirectUri;
        if (address is not null && !settings.CurrentValue.BrowserClients.Any(c => c.PostLogoutRedirectUris.Contains(address, StringComparer.Ordinal)))
        {
            context.Reject(Errors.InvalidRequest, "Adresse de retour après déconnexion non enregistrée.");
        }
        return default;
    }

    public static BrowserClient? Find(IdentitySettings settings, string? clientId) =>
        settings.BrowserClients.FirstOrDefault(c => c.ClientId == clientId);
}
