using Defis.Contracts.Events;
using Defis.Gateway.Caching;
using Defis.Gateway.Files;
using Defis.Gateway.Idempotency;
using Defis.Gateway.Limits;
using Defis.Gateway.OpenApi;
using Defis.Gateway.Routing;
using Defis.Gateway.Security;
using Defis.Gateway.Tracing;
using Defis.ServiceDefaults.Health;
using MassTransit;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace Defis.Gateway;

public static class Extensions
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        var routes = ServiceRoutes.Build(builder.Configuration);
        builder.Services.AddReverseProxy().LoadFromMemory(routes.Routes, routes.Clusters);
        builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName);
        builder.Services.AddFileRoutes();
        foreach (var service in ServiceRoutes.Services.Where(s => routes.HasDestination(s.Name, ServiceRoutes.HttpEndpoint)))
        {
            builder.Services.AddHealthChecks().Add(new(service.Name,
                sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), routes.Destination(service.Name, ServiceRoutes.HttpEndpoint)),
                failureStatus: null, tags: null, timeout: TimeSpan.FromSeconds(3)));
        }
        builder.Services.AddOptions<GatewaySettings>().BindConfiguration(GatewaySettings.Section);
        builder.Services.AddAuthorizationBuilder().AddAccessPolicies();
        builder.AddRedisClient("cache");
        builder.AddPortalCors();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<GatewaySettings>>((options, settings) => TrustedProxies.Configure(options, settings.Value.TrustedProxies));
        builder.AddCacheInvalidation();
        return builder;
    }

    /// <summary>
    /// The door's pipeline, in order: the real client address, the trace id header, size limits, CORS, then who
    /// calls (rate limits need the user), then what they may reach, then a JSON body's syntax (before a key is claimed
    /// for it), then Idempotency-Key and the cached public lists.
    /// </summary>
    public static WebApplication UseGateway(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<TraceIdHeader>();
        app.UseMiddleware<OutageAnswer>();
        app.UseMiddleware<RequestSizeLimit>();
        app.UseCors();
        app.UseRouting();
        app.UseAuthentication();
        app.UseMiddleware<RedisRateLimiter>();
        app.UseAuthorization();
        app.UseMiddleware<JsonBodyCheck>();
        app.UseMiddleware<IdempotencyKeys>();
        app.UseMiddleware<PublicListCache>();
        return app;
    }

    /// <summary>
    /// Every proxied route carries an access policy (<see cref="AccessRules"/>); services then check what the caller
    /// may touch. The OpenAPI document of the REST surface and its reference page (/docs) are public.
    /// </summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(UnreachableService.AnswerAsync);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        app.MapFileRoutes();
        var openApi = RestSurfaceDocument.Build().ToJsonString();
        app.MapGet(OpenApiPath, () => Results.Content(openApi, "application/json")).AllowAnonymous();
        app.MapScalarApiReference("/docs", options => options.WithTitle("Défis — API REST").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        return app;
    }

    public const string OpenApiPath = "/openapi/v1.json";

    private static void AddPortalCors(this IHostApplicationBuilder builder)
    {
        var origins = builder.Configuration.GetSection($"{GatewaySettings.Section}:{nameof(GatewaySettings.CorsOrigins)}").Get<string[]>() ?? [];
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(origins)
            .AllowAnyMethod()
            .WithHeaders("Authorization", "Content-Type", IdempotencyKeys.Header, "traceparent")
            .WithExposedHeaders(TraceIdHeader.Header, IdempotencyKeys.ReplayedHeader, "Retry-After", "Location")));
    }

    /// <summary>
    /// Without a broker (ConnectionStrings:messaging absent) the cached lists only expire; with one, the gateway
    /// consumes ProgrammePublished, ProgrammeClosed and ProgrammeArchived, DossierSelected and PhaseSelectionReleased on its own queues
    /// and drops the lists they change at once.
    /// </summary>
    private static void AddCacheInvalidation(this IHostApplicationBuilder builder)
    {
        if (builder.Configuration.GetConnectionString("messaging") is not { Length: > 0 } connectionString)
        {
            return;
        }
        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit would report usage to its authors' host at start: nothing leaves the platform.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter("gateway-", includeNamespace: false));
            bus.AddConsumer<ProgrammeCacheInvalidation>();
            bus.AddConsumer<LaureateCacheInvalidation>();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.Publish<IntegrationEvent>(p => p.Exclude = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
    }
}
