using Defis.ServiceInfrastructure.Scheduling;

namespace Defis.ServiceInfrastructure.Messaging;

/// <summary>Wakes the relay as soon as a transaction with events commits, instead of waiting for its next poll.</summary>
public sealed class OutboxSignal : WakeUpSignal;
