using System.Globalization;
using Defis.Portal.Gateway;
using Defis.Portal.SignIn;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Localization;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using StackExchange.Redis;

namespace Defis.Portal;

public static class Extensions
{
    /// <summary>
    /// Razor Pages behind a cookie session opened by the OpenID Connect code flow with PKCE (decision 0026). The tokens
    /// are saved in that (encrypted, HttpOnly) cookie and never reach the browser's scripts; every page calls the gateway
    /// with the access token through <see cref="PlatformAccess"/>, kept fresh by <see cref="SessionTokens"/>.
    /// </summary>
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(PortalSettings.Section).Get<PortalSettings>() ?? new PortalSettings();
        builder.Services.AddOptions<PortalSettings>().BindConfiguration(PortalSettings.Section);
        builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Connexion");
        }).AddMvcOptions(options => options.Filters.Add<GatewayRefusals>());
        builder.Services.Configure<RouteOptions>(options => options.LowercaseUrls = true);
        builder.Services.AddAntiforgery(options => options.Cookie.Name = ".Defis.Portal.Antiforgery");
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<PlatformAccess>();
        builder.Services.AddGatewayCalls();
        builder.Services.AddSingleton<SessionTokens>();
        AddSharedKeyRing(builder);
        builder.Services.AddHttpClient(SessionTokens.ClientName);
        // ServiceDefaults made bearer tokens the default (for APIs); people here have a session instead.
        builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
        })
        .AddCookie(options =>
        {
            // Cookies ignore ports: locally identity and the portal share 127.0.0.1, hence names of their own.
            options.Cookie.Name = ".Defis.Portal.Session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // A working day, as identity's refresh tokens (decision 0036); SessionTokens renews the hour-long access token.
            options.ExpireTimeSpan = TimeSpan.FromHours(10);
            options.SlidingExpiration = false;
            options.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<SessionTokens>().ValidateAsync(context);
        })
        .AddOpenIdConnect(options =>
        {
            options.Authority = settings.Authority;
            options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            options.ClientId = settings.ClientId;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The code comes back on a top-level GET, which Lax cookies (correlation, nonce) survive even over plain
            // HTTP on loopback, where a form_post would need SameSite=None and therefore Secure.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.Scope.Clear();
            options.Scope.Add(OpenIdConnectScope.OpenId);
            options.Scope.Add(OpenIdConnectScope.OfflineAccess);
            options.SaveTokens = true;
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = "sub";
            options.TokenValidationParameters.RoleClaimType = "role";
            options.SignedOutRedirectUri = "/";
            options.Events.OnRedirectToIdentityProvider = context => ToPublicProvider(context, settings);
            options.Events.OnRedirectToIdentityProviderForSignOut = context => ToPublicProvider(context, settings);
        });
        return builder;
    }

    private static Task ToPublicProvider(RedirectContext context, PortalSettings settings)
    {
        context.ProtocolMessage.IssuerAddress = PublicProvider.BrowserAddress(context.ProtocolMessage.IssuerAddress, settings.PublicAuthority);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The session, correlation and antiforgery cookies are encrypted with Data Protection's keys. Each replica would
    /// otherwise make its own, in memory (the root filesystem is read-only): a cookie written by one replica is
    /// unreadable by the next, and every rollout ends every session. With the cache (ConnectionStrings:cache, the
    /// platform's Redis) the replicas share one key ring there; locally without it, the default applies.
    /// </summary>
    private static void AddSharedKeyRing(IHostApplicationBuilder builder)
    {
        builder.Services.AddDataProtection().SetApplicationName("defis-portal");
        if (builder.Configuration.GetConnectionString("cache") is not { Length: > 0 } cache)
        {
            return;
        }
        var options = ConfigurationOptions.Parse(cache);
        // Started before Redis is ready (a rollout, a restart of the cache), the portal connects when it can.
        options.AbortOnConnectFail = false;
        var redis = new Lazy<IConnectionMultiplexer>(() => ConnectionMultiplexer.Connect(options));
        builder.Services.Configure<KeyManagementOptions>(keys => keys.XmlRepository = new RedisKeyRing(() => redis.Value.GetDatabase()));
    }

    /// <summary>A request the server refused to read (a body over the size limit: 413) is the person's to correct, not the portal's error.</summary>
    public static int StatusOf(Exception exception) =>
        exception is Microsoft.AspNetCore.Http.BadHttpRequestException refused ? refused.StatusCode : StatusCodes.Status500InternalServerError;

    public static WebApplication UsePortal(this WebApplication app)
    {
        // In every environment: people read a French page, never a stack trace; the log keeps the exception.
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/Error", StatusCodeSelector = StatusOf });
        app.UseStatusCodePagesWithReExecute("/Error", "?code={0}");
        var french = new CultureInfo("fr-FR");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(french),
            SupportedCultures = [french],
            SupportedUICultures = [french],
        });
        // Before authentication: the DSFR's files are the same for everyone.
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
