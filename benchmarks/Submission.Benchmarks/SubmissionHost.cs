using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Defis.LocalServers;
using Defis.ServiceDefaults;
using Defis.Submission;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.IdentityModel.Tokens;

namespace Defis.Benchmarks.Submission;

/// <summary>The Submission service as it runs in production (same wiring, Release build), on its own Kestrel port.</summary>
public sealed class SubmissionHost(WebApplication app, int port, byte[] key) : IAsyncDisposable
{
    private const string Issuer = "defis-bench";

    public static async Task<SubmissionHost> StartAsync(Servers servers)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:submission-db"] = servers.Database("submission"),
            ["ConnectionStrings:messaging"] = servers.AmqpUri,
            ["ConnectionStrings:cache"] = servers.Redis,
            ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
            ["Authentication:Schemes:Bearer:ValidAudiences:0"] = "defis",
            ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(key),
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.AddServiceDefaults();
        builder.AddSubmissionServices();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapSubmissionEndpoints();
        await app.StartAsync();
        return new SubmissionHost(app, port, key);
    }

    public GrpcChannel Channel(string userId, string role)
    {
        var bearer = $"Bearer {Token(userId, role)}";
        return GrpcChannel.ForAddress($"http://127.0.0.1:{port}", new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, CallCredentials.FromInterceptor((_, metadata) =>
            {
                metadata.Add("Authorization", bearer);
                return Task.CompletedTask;
            })),
            UnsafeUseInsecureChannelCallCredentials = true,
        });
    }

    private string Token(string userId, string role)
    {
        var claims = new[] { new Claim("sub", userId), new Claim("email", $"{userId}@example.gouv.fr"), new Claim("role", role) };
        var token = new JwtSecurityToken(Issuer, "defis", claims, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddHours(1),
            new SigningCredentials(new SymmetricSecurityKey(key), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
