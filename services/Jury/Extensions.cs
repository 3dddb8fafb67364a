using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Health;
using Defis.ServiceDefaults.Messaging;
using Defis.ServiceDefaults.Persistence;

namespace Defis.Jury;

public static class Extensions
{
    public const string ServiceName = "jury";

    public static IHostApplicationBuilder AddJuryServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<JuryDbContext>("jury-db");
        builder.AddMessaging<JuryDbContext>(ServiceName);
        builder.AddRedisClient("cache");
        return builder;
    }

    /// <summary>The service's own RPCs arrive with its issue; until then it serves health (HTTP and gRPC) only.</summary>
    public static WebApplication MapJuryEndpoints(this WebApplication app) => app;
}
