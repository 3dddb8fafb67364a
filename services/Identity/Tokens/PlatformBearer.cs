using Microsoft.IdentityModel.Tokens;

namespace Defis.Identity.Tokens;

/// <summary>
/// What the services validate (Authentication:Schemes:Bearer, decision 0007) is what this service signs with:
/// the same issuer, the first valid audience and the first symmetric signing key. One configuration, no drift.
/// </summary>
public sealed record PlatformBearer(string Issuer, string Audience, SymmetricSecurityKey SigningKey)
{
    private const string Section = "Authentication:Schemes:Bearer";

    public static PlatformBearer From(IConfiguration configuration)
    {
        var bearer = configuration.GetSection(Section);
        var issuer = bearer["ValidIssuer"] ?? throw Missing("ValidIssuer");
        var audience = bearer["ValidAudiences:0"] ?? throw Missing("ValidAudiences:0");
        var key = bearer["SigningKeys:0:Value"] ?? throw Missing("SigningKeys:0:Value");
        return new PlatformBearer(issuer, audience, new SymmetricSecurityKey(Convert.FromBase64String(key)));
    }

    private static InvalidOperationException Missing(string key) => new($"{Section}:{key} is not configured.");
}
