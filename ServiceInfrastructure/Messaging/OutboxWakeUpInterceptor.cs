using Defis.ServiceInfrastructure.Persistence;

namespace Defis.ServiceInfrastructure.Messaging;

/// <summary>
/// Wakes the relay after every commit, so an event leaves within milliseconds instead of at the next
/// poll. A commit without events costs the relay one indexed query, which is cheaper than tracking them.
/// </summary>
public sealed class OutboxWakeUpInterceptor(OutboxSignal signal) : AfterCommitInterceptor
{
    protected override void Committed() => signal.Notify();
}
