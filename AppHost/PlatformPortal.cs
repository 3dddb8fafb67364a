namespace Defis.AppHost;

/// <summary>
/// The portal as a resource: it waits for the gateway and identity; identity learns the portal's addresses (where codes
/// may be sent, where sign-out may return) from the portal's own endpoint, so they follow whatever port DCP gives it.
/// The cache holds the replicas' shared Data Protection key ring, without which a session cookie written by one replica
/// is unreadable by another.
/// </summary>
public static class PlatformPortal
{
    public const string ClientId = "defis-portail";

    public static IResourceBuilder<ProjectResource> Add(IDistributedApplicationBuilder builder,
        IResourceBuilder<ProjectResource> identity, IResourceBuilder<ProjectResource> gateway, IResourceBuilder<IResourceWithConnectionString> cache)
    {
        var portal = builder.AddProject<Projects.Portal>("portal")
            .WithReference(cache).WaitFor(cache)
            .WithReference(gateway).WaitFor(gateway)
            .WithReference(identity).WaitFor(identity)
            .WithEnvironment("Portal__Authority", identity.GetEndpoint("http"))
            // Identity is reached inside the platform over plain HTTP, as every token validator reaches it.
            .WithEnvironment("Portal__RequireHttpsMetadata", "false")
            .WithEnvironment("Portal__ClientId", ClientId)
            .WithPlatformEnvironment(builder)
            .WithHttpHealthCheck("/health");
        var address = portal.GetEndpoint("http");
        identity.WithEnvironment("Identity__BrowserClients__0__ClientId", ClientId)
            .WithEnvironment("Identity__BrowserClients__0__RedirectUris__0", ReferenceExpression.Create($"{address}/signin-oidc"))
            .WithEnvironment("Identity__BrowserClients__0__PostLogoutRedirectUris__0", ReferenceExpression.Create($"{address}/signout-callback-oidc"));
        return portal;
    }
}
