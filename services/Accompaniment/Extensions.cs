using Defis.Accompaniment.Persistence;
using Defis.ServiceDefaults.Health;
using Defis.ServiceDefaults.Messaging;
using Defis.ServiceDefaults.Persistence;

namespace Defis.Accompaniment;

public static class Extensions
{
    public const string ServiceName = "accompaniment";

    public static IHostApplicationBuilder AddAccompanimentServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AccompanimentDbContext>("accompaniment-db");
        builder.AddMessaging<AccompanimentDbContext>(ServiceName);
        builder.AddRedisClient("cache");
        return builder;
    }

    /// <summary>The service's own RPCs arrive with its issue; until then it serves health (HTTP and gRPC) only.</summary>
    public static WebApplication MapAccompanimentEndpoints(this WebApplication app) => app;
}
