using Defis.Identity.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Defis.Identity.Tokens;

/// <summary>
/// Writes the access token with exactly the claims the services read (decision 0007) — sub, email, one role per
/// value, the platform audience — and none of OpenIddict's private ones. Placed just before OpenIddict's own JWT
/// writer (which then leaves an attached token alone); it signs with the credentials OpenIddict chose (the key of
/// its JWKS) and writes the issuer its discovery document announces, so the two never differ (decision 0023).
/// </summary>
public sealed class PlatformAccessToken(IOptions<IdentitySettings> settings) : IOpenIddictServerHandler<GenerateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } = OpenIddictServerHandlerDescriptor.CreateBuilder<GenerateTokenContext>()
        .UseSingletonHandler<PlatformAccessToken>()
        .SetOrder(OpenIddictServerHandlers.Protection.GenerateIdentityModelToken.Descriptor.Order - 1)
        .SetType(OpenIddictServerHandlerType.Custom)
        .Build();

    public ValueTask HandleAsync(GenerateTokenContext context)
    {
        if (context.TokenType is not (TokenTypeIdentifiers.AccessToken or TokenTypeHints.AccessToken))
        {
            return default;
        }
        var principal = context.Principal;
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject) ?? throw new InvalidOperationException("An access token needs a subject."),
            [Claims.JwtId] = Guid.NewGuid().ToString(),
            [Claims.Role] = principal.GetClaims(Claims.Role).ToArray(),
        };
        if (principal.GetClaim(Claims.Email) is { } email)
        {
            claims[Claims.Email] = email;
        }
        var issuedAt = principal.GetCreationDate()?.UtcDateTime ?? DateTime.UtcNow;
        context.Token = context.SecurityTokenHandler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = (context.Options.Issuer ?? context.BaseUri ?? throw new InvalidOperationException("No issuer for the token.")).AbsoluteUri,
            Audience = settings.Value.Audience,
            Claims = claims,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = principal.GetExpirationDate()?.UtcDateTime,
            SigningCredentials = context.SigningCredentials ?? throw new InvalidOperationException("OpenIddict chose no signing key."),
            TokenType = JsonWebTokenTypes.AccessToken,
        });
        return default;
    }
}
