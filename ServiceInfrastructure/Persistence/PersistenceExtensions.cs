using Defis.ServiceInfrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Defis.ServiceInfrastructure.Persistence;

public static class PersistenceExtensions
{
    /// <summary>
    /// The service's own PostgreSQL database from ConnectionStrings:{connectionName} (e.g. "submission-db"),
    /// snake_case names, migrations applied at start-up, and a readiness check; contexts are pooled. Interceptors registered as
    /// <see cref="IInterceptor"/> (e.g. by <c>WakeOnCommit</c>) join every context.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : ServiceDbContext
    {
        builder.Services.TryAddSingleton<OutboxSignal>();
        builder.Services.TryAddSingleton<OutboxWakeUpInterceptor>();
        // Pooled: a request leases a context whose options, internal services and connection object were built once,
        // instead of building them again for every request (docs/benchmarks/submission.md). Options are therefore
        // built from the root provider: the interceptors are singletons.
        builder.Services.AddDbContextPool<TContext>((services, options) =>
        {
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(connectionName)
                ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");
            ServiceDatabase.Configure(options, connectionString)
                .AddInterceptors(services.GetRequiredService<OutboxWakeUpInterceptor>())
                .AddInterceptors(services.GetServices<IInterceptor>());
        });
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter("Npgsql"))
            .WithTracing(tracing => tracing.AddNpgsql());
        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck<TContext>>(connectionName, timeout: TimeSpan.FromSeconds(3));
        return builder;
    }
}
