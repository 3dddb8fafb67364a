using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Defis.ServiceInfrastructure.Messaging;

public static class OutboxRelayTelemetry
{
    public const string SourceName = "Defis.Outbox";
    public const string MeterName = "Defis.Outbox";

    internal static readonly ActivitySource Source = new(SourceName);
    private static readonly Meter Meter = new(MeterName);
    internal static readonly Counter<long> Published = Meter.CreateCounter<long>("defis.outbox.published", description: "Events published from the outbox");
    internal static readonly Counter<long> Failed = Meter.CreateCounter<long>("defis.outbox.publish_failures", description: "Failed publish attempts");
}
