using Defis.ServiceInfrastructure.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.ServiceInfrastructure.Audit;

public static class AuditExtensions
{
    /// <summary>
    /// The audit trail of <typeparamref name="TContext"/>'s database: entries are recorded by every save
    /// (ServiceDbContext), sealed right after each commit that wrote them, and the chain's head recorded and announced
    /// once a day. Register after the database, like every pass.
    /// </summary>
    public static IServiceCollection AddAuditTrail<TContext>(this IServiceCollection services, string service)
        where TContext : ServiceDbContext
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(new AuditTrailName(service));
        services.AddScheduledPass<AuditSealer<TContext>>(_ => TimeSpan.FromMinutes(1)).WakeOnCommit<AuditSealer<TContext>>();
        return services.AddScheduledPass<AuditDigestPass<TContext>>(_ => TimeSpan.FromHours(1));
    }

    public static IEndpointRouteBuilder MapAuditTrail<TContext>(this IEndpointRouteBuilder endpoints) where TContext : ServiceDbContext
    {
        endpoints.MapGrpcService<AuditTrailService<TContext>>();
        return endpoints;
    }
}
