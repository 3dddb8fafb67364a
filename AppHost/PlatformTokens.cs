namespace Defis.AppHost;

/// <summary>
/// What every project is given besides its references: how it is launched and the environment it runs in locally, and the
/// bearer-token contract.
/// Identity signs tokens RS256 with the signing-key parameter under its own address as issuer; every service and the
/// gateway validate them through Authentication:Schemes:Bearer:Authority, from identity's discovery document alone,
/// exactly as they would with any other OpenID Connect provider (decision 0023).
/// </summary>
public static class PlatformTokens
{
    public const string Audience = "defis";

    public static IResourceBuilder<ProjectResource> WithPlatformEnvironment(
        this IResourceBuilder<ProjectResource> project, IDistributedApplicationBuilder builder)
    {
        if (builder.ExecutionContext.IsRunMode)
        {
            // Aspire gives a project no environment name of its own: locally it runs in the AppHost's
            // (Development unless --environment says otherwise); a deployment sets its own.
            project.LaunchedFromItsBuild()
                .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
                // Health probes every few seconds (DCP's and the gateway's of each service) are not news: only
                // their failures are worth a log line.
                .WithEnvironment("Logging__LogLevel__System.Net.Http.HttpClient.downstream-health", "Warning")
                .WithEnvironment("Logging__LogLevel__Polly", "Warning")
                // Aspire exports every second; at idle the dashboard then spent more CPU taking in telemetry than the
                // twelve service instances sending it (docs/benchmarks/apphost-startup.md). Every 5 s is enough to watch.
                .WithEnvironment("OTEL_METRIC_EXPORT_INTERVAL", "5000")
                .WithEnvironment("OTEL_BSP_SCHEDULE_DELAY", "5000")
                .WithEnvironment("OTEL_BLRP_SCHEDULE_DELAY", "5000");
        }
        return project;
    }

    /// <summary>The identity service signs with <paramref name="signingKey"/> and announces its own address as issuer.</summary>
    public static IResourceBuilder<ProjectResource> IssuingTokens(
        this IResourceBuilder<ProjectResource> identity, IResourceBuilder<ParameterResource> signingKey) => identity
        .WithEnvironment("Identity__Issuer", identity.GetEndpoint("http"))
        .WithEnvironment("Identity__Audience", Audience)
        .WithEnvironment("Identity__SigningKey", signingKey);

    /// <summary>A project that accepts the tokens of <paramref name="identity"/>, once identity answers.</summary>
    public static IResourceBuilder<ProjectResource> AcceptingTokensOf(
        this IResourceBuilder<ProjectResource> project, IResourceBuilder<ProjectResource> identity) => project
        .WithEnvironment("Authentication__Schemes__Bearer__Authority", identity.GetEndpoint("http"))
        // The authority is reached inside the platform, over plain HTTP: TLS ends in front of the gateway.
        .WithEnvironment("Authentication__Schemes__Bearer__RequireHttpsMetadata", "false")
        .WithEnvironment("Authentication__Schemes__Bearer__ValidAudiences__0", Audience)
        .WaitFor(identity);
}
