using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Defis.Testing;

/// <summary>
/// Signs bearer tokens the services accept, through the standard Authentication:Schemes:Bearer
/// configuration. A new key per test run: nothing secret lives in the repository.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "defis-tests";
    public const string Audience = "defis";

    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static IReadOnlyDictionary<string, string?> ServiceSettings { get; } = new Dictionary<string, string?>
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = Audience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(Key),
    };

    public static string For(string userId, params string[] roles) => Create(userId, roles, TimeSpan.FromHours(1));

    public static string Create(string userId, IEnumerable<string> roles, TimeSpan lifetime, string audience = Audience, byte[]? key = null)
    {
        var claims = new List<Claim> { new("sub", userId), new("email", $"{userId}@example.gouv.fr") };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        var expires = DateTime.UtcNow + lifetime;
        // Validators allow five minutes of clock skew: an "expired" token must be older than that.
        var notBefore = (lifetime < TimeSpan.Zero ? expires : DateTime.UtcNow).AddMinutes(-30);
        var token = new JwtSecurityToken(Issuer, audience, claims, notBefore, expires,
            new SigningCredentials(new SymmetricSecurityKey(key ?? Key), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
