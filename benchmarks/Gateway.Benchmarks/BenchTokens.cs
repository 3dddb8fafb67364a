using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Defis.Benchmarks.Gateway;

/// <summary>One signing key for the run: the service and the gateway accept the tokens it signs, as under the AppHost.</summary>
public sealed class BenchTokens
{
    private const string Issuer = "defis-bench";
    private readonly byte[] _key = RandomNumberGenerator.GetBytes(32);

    /// <summary>The bearer settings ServiceDefaults reads, for every host of the run.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Settings() =>
    [
        new("Authentication:Schemes:Bearer:ValidIssuer", Issuer),
        new("Authentication:Schemes:Bearer:ValidAudiences:0", "defis"),
        new("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer),
        new("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(_key)),
    ];

    public string For(string userId, string role)
    {
        var claims = new[] { new Claim("sub", userId), new Claim("email", $"{userId}@example.gouv.fr"), new Claim("role", role) };
        var token = new JwtSecurityToken(Issuer, "defis", claims, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(2),
            new SigningCredentials(new SymmetricSecurityKey(_key), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
