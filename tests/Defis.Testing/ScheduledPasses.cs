using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Defis.Testing;

public static class ScheduledPasses
{
    /// <summary>
    /// Takes <typeparamref name="TPass"/> off the service's clock, for a test that runs the pass itself and needs to be
    /// the only one running it. Its worker must go before the host starts: a worker stopped on its own afterwards ends
    /// in a cancellation the host takes for a crash, and the host stops. Workers are registered by a factory, so the
    /// one to remove is recognised by what its factory builds.
    /// </summary>
    public static IServiceCollection WithoutScheduledPass<TPass>(this IServiceCollection services) where TPass : IScheduledPass
    {
        var worker = services.Single(d => d.ServiceType == typeof(IHostedService)
            && d.ImplementationFactory?.Method.ReturnType == typeof(ScheduledPassWorker<TPass>));
        services.Remove(worker);
        return services;
    }
}
