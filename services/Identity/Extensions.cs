using Defis.Identity.Accounts;
using Defis.Identity.SignIn;
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
            server.SetAuthorizationEndpointUris(AuthorizationEndpoint.Path.TrimStart('/'));
            server.SetEndSessionEndpointUris(AuthorizationEndpoint.EndSessionPath.TrimStart('/'));
            server.AllowClientCredentialsFlow();
            // People sign in at the portal through the code flow; a code is only redeemed with its PKCE verifier.
            server.AllowAuthorizationCodeFlow();
            server.RequireProofKeyForCodeExchange();
            // With offline_access the portal keeps a session through the working day, past the access token's hour.
            server.AllowRefreshTokenFlow();
            server.SetRefreshTokenLifetime(settings.RefreshTokenLifetime);
            server.DisableSlidingRefreshTokenExpiration();
            if (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"))
            {
                server.AllowPasswordFlow();
            }
            server.AcceptAnonymousClients();
            server.EnableDegradedMode();
            var signingKey = SigningKey.FromPem(settings.SigningKey);
            server.AddSigningKey(signingKey);
            // Codes and refresh tokens are encrypted with it: the same on every replica and across restarts.
            server.AddEncryptionKey(EncryptionKey.DerivedFrom(signingKey));
            server.DisableAccessTokenEncryption();
            server.SetAccessTokenLifetime(settings.AccessTokenLifetime);
            server.AddEventHandler(ClientAuthentication.Descriptor);
            server.AddEventHandler(BrowserClientValidation.AuthorizationDescriptor);
            server.AddEventHandler(BrowserClientValidation.EndSessionDescriptor);
            server.AddEventHandler(PlatformAccessToken.Descriptor);
            // TLS ends in front of the platform (or is absent on a developer's loopback).
            server.UseAspNetCore().EnableTokenEndpointPassthrough().EnableAuthorizationEndpointPassthrough()
                .EnableEndSessionEndpointPassthrough().DisableTransportSecurityRequirement();
        });
        builder.Services.AddAuthentication().AddCookie(DemoSession.Scheme, DemoSession.Configure);
        builder.Services.AddAntiforgery(options => options.Cookie.Name = ".Defis.Identity.Antiforgery");
        return builder;
    }

    public static WebApplication MapIdentityEndpoints(this WebApplication app)
    {
        app.MapPost(TokenEndpoint.Path, TokenEndpoint.Issue).AllowAnonymous();
        app.MapMethods(AuthorizationEndpoint.Path, ["GET", "POST"], (Delegate)AuthorizationEndpoint.Authorize).AllowAnonymous();
        app.MapMethods(AuthorizationEndpoint.EndSessionPath, ["GET", "POST"], (Delegate)AuthorizationEndpoint.EndSession).AllowAnonymous();
        app.MapGet(DemoSession.SignInPath, DemoSignInPage.Show).AllowAnonymous();
        app.MapPost(DemoSession.SignInPath, DemoSignInPage.SignIn).AllowAnonymous().DisableAntiforgery();
        return app;
    }
}
