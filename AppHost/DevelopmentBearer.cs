using Defis.Hosting;

namespace Defis.AppHost;

/// <summary>
/// Until the identity service exists, every project validates tokens signed with one development key
/// (the signing-key parameter), through the standard Authentication:Schemes:Bearer configuration.
/// </summary>
public static class DevelopmentBearer
{
    public const string Issuer = "defis-apphost";
    public const string Audience = "defis";

    public static IResourceBuilder<ProjectResource> WithDevelopmentBearer(this IResourceBuilder<ProjectResource> project, IResourceBuilder<ParameterResource> signingKey) =>
        project
            .WithEnvironment("Authentication__Schemes__Bearer__ValidIssuer", Issuer)
            .WithEnvironment("Authentication__Schemes__Bearer__ValidAudiences__0", Audience)
            .WithEnvironment("Authentication__Schemes__Bearer__SigningKeys__0__Issuer", Issuer)
            .WithEnvironment("Authentication__Schemes__Bearer__SigningKeys__0__Value", signingKey);
}
