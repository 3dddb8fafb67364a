using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Defis.Identity.Accounts;
using Defis.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Gateway.FunctionalTests;

/// <summary>
/// Two gateway instances on one Redis and one virtual host, the identity service, and the fake services behind
/// the gateways. Rate limits are low so that tests reach them; every test uses its own users and client IPs.
/// </summary>
public sealed class GatewayPlatform(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    public const string MinistryClient = "demo-ministere";
    public const int PermitsPerUser = 8;
    public const int PermitsPerClientIp = 12;
    public const long MaxRequestBodyBytes = 4096;
    public const string PortalOrigin = "https://portail.defis.test";

    public string ClientSecret { get; } = Guid.NewGuid().ToString("N");

    public string DemoPassword { get; } = Guid.NewGuid().ToString("N");

    public FakeService Downstream { get; } = new();

    public ServiceHost<IdentitySettings> Identity { get; private set; } = null!;

    public ServiceHost<GatewaySettings> GatewayA { get; private set; } = null!;

    public ServiceHost<GatewaySettings> GatewayB { get; private set; } = null!;

    private string _virtualHost = "";

    /// <summary>Another instance of the gateway whose peer is 127.0.0.1, believing X-Forwarded-* only from <paramref name="trustedProxies"/>.</summary>
    public ServiceHost<GatewaySettings> NewGateway(params string[] trustedProxies) => NewGateway(IPAddress.Loopback, trustedProxies);

    /// <summary>An instance whose every request comes from <paramref name="peer"/> (a loopback address of a test's own keeps its limits apart).</summary>
    public ServiceHost<GatewaySettings> NewGateway(IPAddress peer, params string[] trustedProxies) => NewGateway(peer, trustedProxies, new Dictionary<string, string?>());

    /// <summary>An instance with some settings of its own (a dead Redis, an unreachable service…).</summary>
    public ServiceHost<GatewaySettings> NewGateway(IPAddress peer, string[] trustedProxies, IReadOnlyDictionary<string, string?> overrides)
    {
        var settings = GatewaySettings(_virtualHost);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        for (var i = 0; i < trustedProxies.Length; i++)
        {
            settings[$"Gateway:TrustedProxies:{i}"] = trustedProxies[i];
        }
        return new ServiceHost<GatewaySettings>(settings, services =>
        {
            PeerAt(peer)(services);
            ReachIdentity(services);
        });
    }

    /// <summary>
    /// The gateway fetches identity's discovery document and keys as from any authority; identity is an in-memory
    /// test server here, so that is where its back channel goes — unless a test pointed the authority elsewhere.
    /// </summary>
    private void ReachIdentity(IServiceCollection services) =>
        services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, options =>
        {
            if (options.Authority == IdentityAuthority)
            {
                options.BackchannelHttpHandler = Identity.Server.CreateHandler();
            }
        });

    /// <summary>The identity test server's address: its issuer, and the gateways' authority.</summary>
    public const string IdentityAuthority = "http://localhost/";

    /// <summary>The portal as identity knows it: a public client signing people in with the code flow and PKCE.</summary>
    public const string PortalClient = "defis-portail";

    public const string PortalRedirectUri = PortalOrigin + "/signin-oidc";

    /// <summary>Identity's RSA key, new for each run.</summary>
    private static string NewSigningKey()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }

    private Dictionary<string, string?> _identitySettings = [];

    /// <summary>Another instance of identity with the same settings and keys: a second replica, or the first restarted.</summary>
    public ServiceHost<IdentitySettings> IdentityReplica() => new(_identitySettings);

    public async ValueTask InitializeAsync()
    {
        await Downstream.StartAsync();
        var virtualHost = await infrastructure.NewVirtualHostAsync();
        _identitySettings = new Dictionary<string, string?>
        {
            ["Identity:DemoPassword"] = DemoPassword,
            ["Identity:Clients:0:Secret"] = ClientSecret,
            ["Identity:Audience"] = TestTokens.Audience,
            ["Identity:SigningKey"] = NewSigningKey(),
            ["Identity:BrowserClients:0:ClientId"] = PortalClient,
            ["Identity:BrowserClients:0:RedirectUris:0"] = PortalRedirectUri,
            ["Identity:BrowserClients:0:PostLogoutRedirectUris:0"] = PortalOrigin + "/signout-callback-oidc",
        };
        Identity = new ServiceHost<IdentitySettings>(_identitySettings);
        _virtualHost = virtualHost;
        // The test server's peer is made 127.0.0.1: instance A trusts that address, instance B a network holding it.
        GatewayA = NewGateway("127.0.0.1");
        GatewayB = NewGateway("127.0.0.0/8");
        _ = Identity.Server;
        await Task.WhenAll(GatewayA.StartedAsync(), GatewayB.StartedAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await GatewayA.DisposeAsync();
        await GatewayB.DisposeAsync();
        await Identity.DisposeAsync();
        await Downstream.DisposeAsync();
    }

    /// <summary>A client of one gateway, seen as coming from its own address (X-Forwarded-For through a trusted proxy).</summary>
    public static HttpClient Client(ServiceHost<GatewaySettings> gateway, string? token, string? clientIp = null)
    {
        var client = gateway.Http(token);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientIp ?? NewClientIp());
        return client;
    }

    public static string NewClientIp() => $"10.{Random.Shared.Next(256)}.{Random.Shared.Next(256)}.{Random.Shared.Next(1, 255)}";

    public async Task<HttpResponseMessage> RequestTokenAsync(params (string Name, string Value)[] form)
    {
        using var identity = Identity.CreateClient();
        return await identity.PostAsync("/connect/token",
            new FormUrlEncodedContent(form.Select(p => KeyValuePair.Create(p.Name, p.Value))), TestContext.Current.CancellationToken);
    }

    public async Task<string> TokenAsync(params (string Name, string Value)[] form)
    {
        using var response = await RequestTokenAsync(form);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("access_token").GetString()!;
    }

    public Task<string> DemoTokenAsync(string userId) =>
        TokenAsync(("grant_type", "password"), ("username", userId), ("password", DemoPassword));

    public Task<string> ClientTokenAsync() =>
        TokenAsync(("grant_type", "client_credentials"), ("client_id", MinistryClient), ("client_secret", ClientSecret));

    public static async Task<Echo> EchoAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Echo>(TestContext.Current.CancellationToken))!;

    private Dictionary<string, string?> GatewaySettings(string virtualHost)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:cache"] = infrastructure.RedisConnectionString,
            ["ConnectionStrings:messaging"] = virtualHost,
            ["Gateway:RateLimit:PermitsPerUser"] = $"{PermitsPerUser}",
            ["Gateway:RateLimit:PermitsPerClientIp"] = $"{PermitsPerClientIp}",
            ["Gateway:MaxRequestBodyBytes"] = $"{MaxRequestBodyBytes}",
            ["Gateway:CorsOrigins:0"] = PortalOrigin,
            // Identity's tokens are checked through its discovery document; the test tokens (TestTokens.For), signed
            // with a key the gateway is given directly, stay valid beside them.
            ["Authentication:Schemes:Bearer:Authority"] = IdentityAuthority,
            ["Authentication:Schemes:Bearer:RequireHttpsMetadata"] = "false",
        };
        foreach (var service in new[] { "submission", "jury", "funding", "accompaniment", "notification" })
        {
            settings[$"services:{service}:http:0"] = Downstream.Address.ToString();
        }
        return settings;
    }

    /// <summary>The test server gives no remote address; this one gives every request the peer 127.0.0.1 (or <paramref name="peer"/>).</summary>
    public static void LoopbackPeer(IServiceCollection services) => services.AddSingleton<IStartupFilter>(new LoopbackPeerFilter(IPAddress.Loopback));

    private static Action<IServiceCollection> PeerAt(IPAddress peer) => services => services.AddSingleton<IStartupFilter>(new LoopbackPeerFilter(peer));

    private sealed class LoopbackPeerFilter(IPAddress peer) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = peer;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
