using Defis.Notification.Events;
using Defis.Notification.Grpc;
using Defis.Notification.Persistence;
using Defis.ServiceDefaults.Health;
using Defis.ServiceDefaults.Messaging;
using Defis.ServiceDefaults.Persistence;

namespace Defis.Notification;

public static class Extensions
{
    public const string ServiceName = "notification";

    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("notification-db");
        builder.AddMessaging<NotificationDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<DossierDraftCreatedConsumer>();
            bus.AddConsumer<DossierSubmittedConsumer>();
        });
        builder.AddRedisClient("cache");
        return builder;
    }

    public static WebApplication MapNotificationEndpoints(this WebApplication app)
    {
        app.MapGrpcService<InboxService>();
        return app;
    }
}
