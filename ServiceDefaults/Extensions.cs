using Defis.ServiceDefaults.Errors;
using Defis.ServiceDefaults.Health;
using Defis.ServiceDefaults.Resilience;
using Defis.ServiceDefaults.Security;
using Defis.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Defis.ServiceDefaults;

/// <summary>The one entry point every service calls, after the conventions of .NET Aspire's ServiceDefaults.</summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton(TimeProvider.System);
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler(HttpResilience.Standard);
            http.AddServiceDiscovery();
        });
        builder.AddDefaultAuthentication();
        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<ErrorMappingInterceptor>();
            options.Interceptors.Add<DossierTelemetryInterceptor>();
            options.EnableDetailedErrors = false;
        }).AddJsonTranscoding(options => options.TypeRegistry = ErrorMapping.DetailTypes);
        builder.Services.AddGrpcHealthChecks();
        return builder;
    }

    /// <summary>Maps /health (readiness), /alive (liveness) and the gRPC health service, all anonymous.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseMiddleware<TranscodedJsonCheck>();
        app.MapHealthEndpoints();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        return app;
    }
}
