using Defis.Identity.Accounts;
using Defis.Identity.Tokens;

namespace Defis.Identity;

public static class Extensions
{
    /// <summary>
    /// OpenIddict in degraded mode (no store: clients from configuration, demo accounts in code): access tokens are
    /// JWTs signed RS256 with the key its discovery document publishes, under the issuer it announces, not
    /// encrypted, so any OpenID Connect client (every service, through Authentication:Schemes:Bearer:Authority)
    /// validates them from the discovery document alone.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        builder.Services.AddOptions<IdentitySettings>().BindConfiguration(IdentitySettings.Section);
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            if (settings.Issuer is not null)
            {
                server.SetIssuer(settings.Issuer);
            }
            server.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
            server.AllowClientCredentialsFlow();
            if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"))
            {
                server.AllowPasswordFlow();
            }
            server.AcceptAnonymousClients();
            server.EnableDegradedMode();
            server.AddSigningKey(SigningKey.FromPem(settings.SigningKey));
            // Required by OpenIddict even with access-token encryption off; nothing is ever encrypted with it.
            server.AddEphemeralEncryptionKey();
            server.DisableAccessTokenEncryption();
            server.SetAccessTokenLifetime(settings.AccessTokenLifetime);
            server.AddEventHandler(ClientAuthentication.Descriptor);
            server.AddEventHandler(PlatformAccessToken.Descriptor);
            // TLS ends in front of the platform (or is absent on a developer's loopback).
            server.UseAspNetCore().EnableTokenEndpointPassthrough().DisableTransportSecurityRequirement();
        });
        return builder;
    }

    public static WebApplication MapIdentityEndpoints(this WebApplication app)
    {
        app.MapPost(TokenEndpoint.Path, TokenEndpoint.Issue).AllowAnonymous();
        return app;
    }
}
