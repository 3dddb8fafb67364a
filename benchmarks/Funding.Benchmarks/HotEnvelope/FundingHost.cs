using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Defis.LocalServers;
using Defis.ServiceDefaults;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.IdentityModel.Tokens;

namespace Defis.Funding.Benchmarks.HotEnvelope;

/// <summary>The Funding service as it runs in production (same wiring, Release build), on its own Kestrel port.</summary>
public sealed class FundingHost(WebApplication app, int port, byte[] key) : IAsyncDisposable
{
    private const string Issuer = "defis-bench";

    public IServiceProvider Services => app.Services;

    public static async Task<FundingHost> StartAsync(BenchServers servers)
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var port = FreePort.Next();
        var builder = WebApplication.CreateBuilder();
        // Only our settings: Funding's appsettings.json, copied to our output, would bind its fixed ports too.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:funding-db"] = servers.Database("funding"),
            ["ConnectionStrings:messaging"] = servers.AmqpUri,
            ["ConnectionStrings:cache"] = servers.Redis,
            ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
            ["Authentication:Schemes:Bearer:ValidAudiences:0"] = "defis",
            ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
            ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(key),
            ["Logging:LogLevel:Default"] = "Warning",
            // The first start probes a migrations table that does not exist yet, and the bus is briefly "not started": expected, not news.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Critical",
            ["Logging:LogLevel:Microsoft.Extensions.Diagnostics.HealthChecks"] = "Critical",
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.AddServiceDefaults();
        builder.AddFundingServices();
        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapFundingEndpoints();
        await app.StartAsync();
        return new FundingHost(app, port, key);
    }

    /// <summary>A channel carrying a bearer token of <paramref name="userId"/> with <paramref name="role"/>.</summary>
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
