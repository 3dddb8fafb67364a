using Defis.ServiceInfrastructure.Persistence;

namespace Defis.ServiceInfrastructure.Scheduling;

/// <summary>Wakes the worker of <typeparamref name="TPass"/> after every commit of the service's database.</summary>
public sealed class PassWakeUpInterceptor<TPass>(PassSignal<TPass> signal) : AfterCommitInterceptor where TPass : IScheduledPass
{
    protected override void Committed() => signal.Notify();
}
