namespace Defis.ServiceInfrastructure.Messaging;

/// <summary>Bound from the "Messaging" configuration section.</summary>
public sealed class MessagingOptions
{
    /// <summary>Declare receive queues as quorum queues (for a RabbitMQ cluster).</summary>
    public bool QuorumQueues { get; set; }

    /// <summary>Immediate redeliveries of a failing message before it goes to its _error queue.</summary>
    public int RetryLimit { get; set; } = 5;

    public OutboxOptions Outbox { get; set; } = new();
}

public sealed class OutboxOptions
{
    /// <summary>Rows taken per round trip; their publishes are in flight together (see docs/benchmarks/outbox.md).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>How often the relay looks for events when no commit woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts of a failing event (backoff doubles from one second up to this).</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one publish may wait for the broker's confirmation.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Published rows are deleted after this long.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);
}
