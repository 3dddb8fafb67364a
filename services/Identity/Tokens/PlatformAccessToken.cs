using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Defis.Identity.Tokens;

/// <summary>
/// Writes the access token exactly as the services validate it (decision 0007). OpenIddict would put its own
/// base URI in "iss", while the platform issuer (e.g. "defis-apphost") is not a URI; so this handler, placed
/// just before OpenIddict's own JWT writer (which then leaves an attached token alone), writes the JWT itself:
/// the platform issuer and audience, sub, email, one role per value, signed with the platform's symmetric key.
/// </summary>
public sealed class PlatformAccessToken(PlatformBearer bearer) : IOpenIddictServerHandler<GenerateTokenContext>
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
            Issuer = bearer.Issuer,
            Audience = bearer.Audience,
            Claims = claims,
            IssuedAt = issuedAt,
            NotBefore = issuedAt,
            Expires = principal.GetExpirationDate()?.UtcDateTime,
            SigningCredentials = new SigningCredentials(bearer.SigningKey, SecurityAlgorithms.HmacSha256),
            TokenType = JsonWebTokenTypes.AccessToken,
        });
        return default;
    }
}
