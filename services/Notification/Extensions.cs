using Defis.Notification.Delivery;
using Defis.Notification.Events;
using Defis.Notification.Grpc;
using Defis.Notification.Persistence;
using Defis.Notification.PersonalData;
using Defis.ServiceDefaults.Health;
using Defis.ServiceInfrastructure.Audit;
using Defis.ServiceInfrastructure.Documents;
using Defis.ServiceInfrastructure.Messaging;
using Defis.ServiceInfrastructure.PersonalData;
using Defis.ServiceInfrastructure.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Defis.Notification;

public static class Extensions
{
    public const string ServiceName = "notification";

    public static IHostApplicationBuilder AddNotificationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<NotificationDbContext>("notification-db");
        builder.Services.AddAuditTrail<NotificationDbContext>(ServiceName);
        builder.Services.AddPersonalData<NotificationPersonalData>(ServiceName);
        builder.AddMessaging<NotificationDbContext>(ServiceName, bus => bus.AddConsumers([.. ConsumedEvents.Consumers]));
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddScoped<Projections>();
        builder.Services.AddScoped<TeamNotices>();
        builder.Services.AddScoped<ParkedNotices>();
        builder.Services.AddScoped<PurgedDossiers>();
        builder.AddDelivery();
        // The notices' PDFs (decision 0027) are drawn in DejaVu Sans, shipped in the output (DocumentFonts.targets).
        DocumentFonts.Install(builder.Configuration[DocumentFonts.FolderSetting]);
        return builder;
    }

    /// <summary>
    /// The email and webhook dispatchers and the daily digest, each a scheduled pass on the service's clock; the
    /// dispatchers also run right after a commit, which may have queued what they send.
    /// </summary>
    private static void AddDelivery(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration("Notification:Email");
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration("Notification:Webhooks");
        builder.Services.AddOptions<DigestOptions>().BindConfiguration("Notification:Digest");
        builder.Services.AddOptions<AuditDigestOptions>().BindConfiguration(AuditDigestOptions.Section);
        builder.Services.AddSingleton(new WebhookNetworkPolicy(allowPrivate: builder.Environment.IsDevelopment()));
        builder.Services.AddSingleton<WebhookSender>();
        builder.Services.AddScheduledPass<EmailDispatcher>(Interval<EmailOptions>(o => o.PollInterval)).WakeOnCommit<EmailDispatcher>();
        builder.Services.AddScheduledPass<WebhookDispatcher>(Interval<WebhookOptions>(o => o.PollInterval)).WakeOnCommit<WebhookDispatcher>();
        builder.Services.AddScheduledPass<DigestJob>(Interval<DigestOptions>(o => o.Interval));
    }

    private static Func<IServiceProvider, TimeSpan> Interval<TOptions>(Func<TOptions, TimeSpan> read) where TOptions : class =>
        provider => read(provider.GetRequiredService<IOptions<TOptions>>().Value);

    public static WebApplication MapNotificationEndpoints(this WebApplication app)
    {
        app.MapAuditTrail<NotificationDbContext>();
        app.MapPersonalData();
        app.MapGrpcService<InboxService>();
        app.MapGrpcService<PreferencesService>();
        app.MapGrpcService<WebhooksService>();
        return app;
    }
}
