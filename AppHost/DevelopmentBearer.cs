namespace Defis.AppHost;

/// <summary>
/// What every project is given besides its references: the environment it runs in and the bearer-token
/// contract. Identity signs tokens with the signing-key parameter; every service validates them through the
/// standard Authentication:Schemes:Bearer configuration (issuer <see cref="Issuer"/>, audience <see cref="Audience"/>).
/// </summary>
public static class DevelopmentBearer
{
    public const string Issuer = "defis-apphost";
    public const string Audience = "defis";

    public static IResourceBuilder<ProjectResource> WithPlatformEnvironment(
        this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder, IResourceBuilder<ParameterResource> signingKey)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            // Aspire gives a project no environment name of its own: locally it runs in the AppHost's
            // (Development unless --environment says otherwise); a deployment sets its own.
            project.WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
                // Health probes every few seconds (DCP's and the gateway's of each service) are not news: only
                // their failures are worth a log line.
                .WithEnvironment("Logging__LogLevel__System.Net.Http.HttpClient.downstream-health", "Warning")
                .WithEnvironment("Logging__LogLevel__Polly", "Warning");
        }
        return project
            .WithEnvironment("Authentication__Schemes__Bearer__ValidIssuer", Issuer)
            .WithEnvironment("Authentication__Schemes__Bearer__ValidAudiences__0", Audience)
            .WithEnvironment("Authentication__Schemes__Bearer__SigningKeys__0__Issuer", Issuer)
            .WithEnvironment("Authentication__Schemes__Bearer__SigningKeys__0__Value", signingKey);
    }
}
