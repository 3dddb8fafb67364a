namespace Defis.Identity.Accounts;

/// <summary>The "Identity" configuration section. Secrets (client secrets, the demo password) come from the environment, never from the repository.</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The password of every demo account; without one, demo sign-in is refused.</summary>
    public string? DemoPassword { get; set; }

    public List<ClientAccount> Clients { get; set; } = [];
}

/// <summary>A machine client (e.g. a ministry's system) using the client credentials grant; its id is the token's subject.</summary>
public sealed class ClientAccount
{
    public string ClientId { get; set; } = "";

    public string? Secret { get; set; }

    public List<string> Roles { get; set; } = [];
}
