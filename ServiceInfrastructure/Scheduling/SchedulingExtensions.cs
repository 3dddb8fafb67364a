using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Defis.ServiceInfrastructure.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// Registers <typeparamref name="TPass"/> (scoped) and the worker that runs it every <paramref name="interval"/>
    /// (read once, from the options the service binds). Register after the database: hosted services start in order,
    /// so the first pass finds its tables migrated.
    /// </summary>
    public static IServiceCollection AddScheduledPass<TPass>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TPass : class, IScheduledPass
    {
        services.AddScoped<TPass>();
        services.TryAddSingleton<PassSignal<TPass>>();
        return services.AddHostedService(provider => new ScheduledPassWorker<TPass>(
            provider.GetRequiredService<IServiceScopeFactory>(), provider.GetRequiredService<TimeProvider>(), interval(provider),
            provider.GetRequiredService<PassSignal<TPass>>(), provider.GetRequiredService<ILogger<ScheduledPassWorker<TPass>>>()));
    }

    /// <summary>
    /// Also runs <typeparamref name="TPass"/> right after each commit of the service's database, for passes that send
    /// what a commit has just queued (emails, webhook calls) rather than wait for their interval.
    /// </summary>
    public static IServiceCollection WakeOnCommit<TPass>(this IServiceCollection services) where TPass : class, IScheduledPass
    {
        services.TryAddSingleton<PassSignal<TPass>>();
        return services.AddSingleton<IInterceptor, PassWakeUpInterceptor<TPass>>();
    }
}
