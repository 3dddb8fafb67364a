using Defis.Gateway.Routing;

namespace Defis.Gateway;

public static class Extensions
{
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        var routes = ServiceRoutes.Build(builder.Configuration);
        builder.Services.AddReverseProxy().LoadFromMemory(routes.Routes, routes.Clusters);
        builder.Services.AddHttpClient(DownstreamHealthCheck.ClientName);
        foreach (var service in ServiceRoutes.Services.Where(s => routes.HasDestination(s.Name, ServiceRoutes.HttpEndpoint)))
        {
            builder.Services.AddHealthChecks().Add(new(service.Name,
                sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), routes.Destination(service.Name, ServiceRoutes.HttpEndpoint)),
                failureStatus: null, tags: null, timeout: TimeSpan.FromSeconds(3)));
        }
        return builder;
    }

    /// <summary>Every proxied route requires an authenticated caller; services then check what the caller may touch.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        app.MapReverseProxy();
        return app;
    }
}
