namespace Defis.Identity.Accounts;

/// <summary>The "Identity" configuration section. Secrets (client secrets, the demo password) come from the environment, never from the repository.</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>
    /// The issuer written in tokens and announced by discovery (e.g. "https://identite.defis.gouv.fr/"); without one,
    /// the address the request came to, which differs between clients reaching the service by different names.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>The audience of every access token: what the services accept (Authentication:Schemes:Bearer:ValidAudiences).</summary>
    public string Audience { get; set; } = "defis";

    /// <summary>The RSA private key (PEM) tokens are signed with; its public half is published at /.well-known/jwks.</summary>
    public string? SigningKey { get; set; }

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a person signed in at the portal stays signed in, counted from the sign-in: a working day. Each refresh
    /// gives a new refresh token that ends when the first one did (no sliding), so a session never outlives this.
    /// </summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(10);

    /// <summary>The password of every demo account; without one, demo sign-in is refused.</summary>
    public string? DemoPassword { get; set; }

    public List<ClientAccount> Clients { get; set; } = [];

    /// <summary>Browser front-ends (the portal) signing people in with the authorization code flow and PKCE.</summary>
    public List<BrowserClient> BrowserClients { get; set; } = [];
}

/// <summary>
/// A public client (no secret: PKCE proves the code's redemption) whose addresses are known in advance: codes go only
/// to <see cref="RedirectUris"/>, and sign-out returns only to <see cref="PostLogoutRedirectUris"/> (exact matches).
/// </summary>
public sealed class BrowserClient
{
    public string ClientId { get; set; } = "";

    public List<string> RedirectUris { get; set; } = [];

    public List<string> PostLogoutRedirectUris { get; set; } = [];
}

/// <summary>A machine client (e.g. a ministry's system) using the client credentials grant; its id is the token's subject.</summary>
public sealed class ClientAccount
{
    public string ClientId { get; set; } = "";

    public string? Secret { get; set; }

    public List<string> Roles { get; set; } = [];
}
