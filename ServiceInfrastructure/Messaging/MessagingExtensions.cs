using Defis.Contracts.Events;
using Defis.ServiceInfrastructure.Persistence;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Defis.ServiceInfrastructure.Messaging;

public static class MessagingExtensions
{
    /// <summary>MassTransit's ActivitySource and Meter name.</summary>
    public const string MassTransitSource = "MassTransit";

    /// <summary>
    /// MassTransit on RabbitMQ (ConnectionStrings:messaging), the outbox relay of <typeparamref name="TContext"/>,
    /// retries then an _error queue per endpoint, and quorum queues when Messaging:QuorumQueues is set.
    /// Queues are named "{service}-{consumer}" so that two services never compete for one queue.
    /// <paramref name="configureBus"/> lets a service add to the RabbitMQ topology (e.g. Funding's exchange for ministries).
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator>? consumers = null,
        Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator>? configureBus = null)
        where TContext : ServiceDbContext
    {
        builder.Services.AddOptions<MessagingOptions>().BindConfiguration("Messaging");
        builder.Services.AddMassTransit(bus =>
        {
            // MassTransit would report usage to its authors' host at start: nothing leaves the platform.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName + "-", includeNamespace: false));
            consumers?.Invoke(bus);
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                if (context.GetRequiredService<IOptions<MessagingOptions>>().Value.QuorumQueues &&
                    endpoint is IRabbitMqReceiveEndpointConfigurator queue)
                {
                    queue.SetQuorumQueue();
                }
            });
            bus.UsingRabbitMq((context, rabbit) =>
            {
                var connectionString = context.GetRequiredService<IConfiguration>().GetConnectionString("messaging")
                    ?? throw new InvalidOperationException("ConnectionStrings:messaging is not configured.");
                var settings = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                rabbit.Host(new Uri(connectionString));
                // The base record is no message of its own: no exchange for it.
                rabbit.Publish<IntegrationEvent>(p => p.Exclude = true);
                rabbit.UseMessageRetry(retry => retry.Exponential(settings.RetryLimit, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400)));
                configureBus?.Invoke(context, rabbit);
                rabbit.ConfigureEndpoints(context);
            });
        });
        builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddMeter(MassTransitSource, OutboxRelayTelemetry.MeterName))
            .WithTracing(tracing => tracing.AddSource(MassTransitSource, OutboxRelayTelemetry.SourceName));
        builder.Services.AddHostedService<OutboxRelay<TContext>>();
        builder.Services.AddHostedService<OutboxBacklogGauges<TContext>>();
        return builder;
    }
}
