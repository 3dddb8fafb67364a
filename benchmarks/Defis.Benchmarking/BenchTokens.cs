using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.IdentityModel.Tokens;

namespace Defis.Benchmarking;

/// <summary>One signing key for the run: every host of the run accepts the tokens it signs, as under the AppHost.</summary>
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

    /// <summary>A gRPC channel to <paramref name="address"/> carrying a bearer token of <paramref name="userId"/> with <paramref name="role"/>.</summary>
    public GrpcChannel Channel(Uri address, string userId, string role)
    {
        var bearer = $"Bearer {For(userId, role)}";
        return GrpcChannel.ForAddress(address, new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", bearer);
                return Task.CompletedTask;
            })),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
    }
}
