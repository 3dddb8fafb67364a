using Defis.Identity.Accounts;
using Defis.Identity.Tokens;

namespace Defis.Identity;

public static class Extensions
{
    /// <summary>
    /// OpenIddict in degraded mode (no store: clients from configuration, demo accounts in code): access tokens are
    /// JWTs signed with the platform's symmetric key, not encrypted, so every service validates them unchanged.
    /// </summary>
    public static IHostApplicationBuilder AddIdentityServices(this IHostApplicationBuilder builder)
    {
        var bearer = PlatformBearer.From(builder.Configuration);
        var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        builder.Services.AddSingleton(bearer);
        builder.Services.AddOptions<IdentitySettings>().BindConfiguration(IdentitySettings.Section);
        builder.Services.AddOpenIddict().AddServer(server =>
        {
            server.SetTokenEndpointUris(TokenEndpoint.Path.TrimStart('/'));
            server.AllowClientCredentialsFlow();
            if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"))
            {
                server.AllowPasswordFlow();
            }
            server.AcceptAnonymousClients();
            server.EnableDegradedMode();
            // Access tokens are signed with the symmetric key (OpenIddict prefers it); OpenIddict insists on an
            // asymmetric key as well, for identity tokens, which this service never issues: an ephemeral one does.
            server.AddSigningKey(bearer.SigningKey);
            server.AddEphemeralSigningKey();
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
