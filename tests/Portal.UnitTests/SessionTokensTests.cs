using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Text;
using Defis.Portal.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Defis.Portal.UnitTests;

/// <summary>
/// A session outlives its hour-long access token: the refresh token buys a new one shortly before it ends, and a session
/// is ended only once its token has ended and no new one could be had.
/// </summary>
public sealed class SessionTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 5, 9, 0, 0, TimeSpan.Zero);
    private const string FreshAnswer = """{"access_token":"jeton-neuf","token_type":"Bearer","expires_in":3600,"refresh_token":"renouvellement-neuf","id_token":"identite-neuve"}""";

    [Fact]
    public async Task A_token_ending_after_the_margin_is_left_alone()
    {
        var identity = new Identity(HttpStatusCode.OK, FreshAnswer);
        var context = Session(endsIn: SessionTokens.Margin + TimeSpan.FromSeconds(1));

        await Tokens(identity).ValidateAsync(context);

        Assert.Empty(identity.Forms);
        Assert.False(context.ShouldRenew);
        Assert.Equal("jeton", context.Properties.GetTokenValue("access_token"));
    }

    [Theory]
    [InlineData(300)]
    [InlineData(0)]
    [InlineData(-60)]
    public async Task A_token_ending_within_the_margin_is_replaced_and_the_session_written_again(int endsInSeconds)
    {
        var identity = new Identity(HttpStatusCode.OK, FreshAnswer);
        var context = Session(endsIn: TimeSpan.FromSeconds(endsInSeconds));

        await Tokens(identity).ValidateAsync(context);

        var form = Assert.Single(identity.Forms);
        Assert.Equal("grant_type=refresh_token&refresh_token=renouvellement&client_id=defis-portail", form);
        Assert.True(context.ShouldRenew);
        Assert.NotNull(context.Principal);
        Assert.Equal("jeton-neuf", context.Properties.GetTokenValue("access_token"));
        Assert.Equal("renouvellement-neuf", context.Properties.GetTokenValue("refresh_token"));
        Assert.Equal("identite-neuve", context.Properties.GetTokenValue("id_token"));
        Assert.Equal(Now.AddHours(1), DateTimeOffset.Parse(context.Properties.GetTokenValue("expires_at")!, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"error":"invalid_grant"}""")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "")]
    [InlineData(HttpStatusCode.OK, """{"token_type":"Bearer","expires_in":3600}""")]
    [InlineData(HttpStatusCode.OK, "pas du JSON")]
    public async Task Without_a_new_token_a_session_whose_token_still_holds_is_kept_as_it_is(HttpStatusCode status, string body)
    {
        var context = Session(endsIn: TimeSpan.FromSeconds(1));

        await Tokens(new Identity(status, body)).ValidateAsync(context);

        Assert.NotNull(context.Principal);
        Assert.False(context.ShouldRenew);
        Assert.Equal("jeton", context.Properties.GetTokenValue("access_token"));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"error":"invalid_grant"}""")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "")]
    [InlineData(HttpStatusCode.OK, """{"access_token":"","expires_in":3600}""")]
    public async Task Without_a_new_token_a_session_whose_token_has_ended_is_ended(HttpStatusCode status, string body)
    {
        var context = Session(endsIn: TimeSpan.Zero);

        await Tokens(new Identity(status, body)).ValidateAsync(context);

        Assert.Null(context.Principal);
        Assert.Contains(".Defis.Portal.Session=;", context.HttpContext.Response.Headers.SetCookie.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_identity_ends_only_a_session_whose_token_has_ended()
    {
        var holding = Session(endsIn: TimeSpan.FromMinutes(1));
        var ended = Session(endsIn: TimeSpan.FromSeconds(-1));

        await Tokens(new Identity(unreachable: true)).ValidateAsync(holding);
        await Tokens(new Identity(unreachable: true)).ValidateAsync(ended);

        Assert.NotNull(holding.Principal);
        Assert.Null(ended.Principal);
    }

    [Fact]
    public async Task A_session_without_a_refresh_token_ends_with_its_token()
    {
        var identity = new Identity(HttpStatusCode.OK, FreshAnswer);
        var context = Session(endsIn: TimeSpan.Zero, refreshToken: null);

        await Tokens(identity).ValidateAsync(context);

        Assert.Empty(identity.Forms);
        Assert.Null(context.Principal);
    }

    [Fact]
    public async Task A_session_that_does_not_say_when_its_token_ends_is_left_alone()
    {
        var identity = new Identity(HttpStatusCode.OK, FreshAnswer);
        var context = Session(endsIn: null);

        await Tokens(identity).ValidateAsync(context);

        Assert.Empty(identity.Forms);
        Assert.NotNull(context.Principal);
    }

    [Fact]
    public async Task The_portal_asks_for_a_refresh_token_and_has_every_session_checked_on_each_request()
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["Portal:Authority"] = "http://identite.test";
        builder.Configuration["Portal:RequireHttpsMetadata"] = "false";
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        builder.AddPortal();
        await using var app = builder.Build();
        var context = Session(endsIn: TimeSpan.Zero, refreshToken: null, app.Services);

        var openIdConnect = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OpenIdConnectDefaults.AuthenticationScheme);
        var cookie = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        await cookie.Events.ValidatePrincipal(context);

        Assert.Contains("offline_access", openIdConnect.Scope);
        Assert.Null(context.Principal);
    }

    private static SessionTokens Tokens(Identity identity)
    {
        var options = new OpenIdConnectOptions
        {
            ClientId = "defis-portail",
            ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(
                new OpenIdConnectConfiguration { TokenEndpoint = "http://identite.test/connect/token" }),
        };
        return new SessionTokens(new OneClient(identity), new FixedOptions(options), new FakeTimeProvider(Now), NullLogger<SessionTokens>.Instance);
    }

    private static CookieValidatePrincipalContext Session(TimeSpan? endsIn, string? refreshToken = "renouvellement", IServiceProvider? services = null)
    {
        var http = new DefaultHttpContext { RequestServices = services ?? SignOutServices() };
        var properties = new AuthenticationProperties();
        var tokens = new List<AuthenticationToken> { new() { Name = "access_token", Value = "jeton" }, new() { Name = "id_token", Value = "identite" } };
        if (refreshToken is not null)
        {
            tokens.Add(new() { Name = "refresh_token", Value = refreshToken });
        }
        if (endsIn is { } left)
        {
            tokens.Add(new() { Name = "expires_at", Value = Now.Add(left).ToString("o", CultureInfo.InvariantCulture) });
        }
        properties.StoreTokens(tokens);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "demo-porteur-1")], "session"));
        var scheme = new AuthenticationScheme(CookieAuthenticationDefaults.AuthenticationScheme, null, typeof(CookieAuthenticationHandler));
        return new CookieValidatePrincipalContext(http, scheme, new CookieAuthenticationOptions(),
            new AuthenticationTicket(principal, properties, CookieAuthenticationDefaults.AuthenticationScheme));
    }

    private static ServiceProvider SignOutServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthentication().AddCookie(options => options.Cookie.Name = ".Defis.Portal.Session");
        return services.BuildServiceProvider();
    }

    /// <summary>Identity's token endpoint: the forms it was sent, and one answer (or no answer at all).</summary>
    private sealed class Identity(HttpStatusCode status = HttpStatusCode.OK, string body = "", bool unreachable = false) : HttpMessageHandler
    {
        public List<string> Forms { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Assert.Equal("http://identite.test/connect/token", request.RequestUri!.ToString());
            Forms.Add(await request.Content!.ReadAsStringAsync(cancellationToken));
            if (unreachable)
            {
                throw new HttpRequestException("Connection refused");
            }
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }

    private sealed class OneClient(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    private sealed class FixedOptions(OpenIdConnectOptions options) : IOptionsMonitor<OpenIdConnectOptions>
    {
        public OpenIdConnectOptions CurrentValue => options;

        public OpenIdConnectOptions Get(string? name) => options;

        public IDisposable? OnChange(Action<OpenIdConnectOptions, string?> listener) => null;
    }
}
