namespace Defis.Portal;

/// <summary>The "Portal" configuration section: where people sign in and where the platform's one door is.</summary>
public sealed class PortalSettings
{
    public const string Section = "Portal";

    /// <summary>The OpenID Connect provider (the identity service locally, set by the AppHost).</summary>
    public string? Authority { get; set; }

    public string ClientId { get; set; } = "defis-portail";

    /// <summary>
    /// The provider as browsers reach it, when the portal reaches it at another address (in a cluster: identity's
    /// Service for discovery and tokens, its public host for the sign-in and sign-out pages, decision 0026). Without
    /// one, browsers go where the discovery document says.
    /// </summary>
    public Uri? PublicAuthority { get; set; }

    /// <summary>False only where the provider is reached over plain HTTP inside the platform (loopback, the AppHost).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The gateway; "http://gateway" is resolved by service discovery (services__gateway__http__0).</summary>
    public Uri Gateway { get; set; } = new("http://gateway");
}
