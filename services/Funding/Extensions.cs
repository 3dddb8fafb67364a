using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Health;
using Defis.ServiceDefaults.Messaging;
using Defis.ServiceDefaults.Persistence;

namespace Defis.Funding;

public static class Extensions
{
    public const string ServiceName = "funding";

    public static IHostApplicationBuilder AddFundingServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<FundingDbContext>("funding-db");
        builder.AddMessaging<FundingDbContext>(ServiceName);
        builder.AddRedisClient("cache");
        return builder;
    }

    /// <summary>The service's own RPCs arrive with its issue; until then it serves health (HTTP and gRPC) only.</summary>
    public static WebApplication MapFundingEndpoints(this WebApplication app) => app;
}
