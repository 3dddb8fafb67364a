using Defis.Accompaniment.Events;
using Defis.Accompaniment.FollowUp;
using Defis.Accompaniment.Grpc;
using Defis.Accompaniment.Persistence;
using Defis.Accompaniment.PersonalData;
using Defis.ServiceDefaults.Health;
using Defis.ServiceInfrastructure.Audit;
using Defis.ServiceInfrastructure.Messaging;
using Defis.ServiceInfrastructure.PersonalData;
using Defis.ServiceInfrastructure.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace Defis.Accompaniment;

public static class Extensions
{
    public const string ServiceName = "accompaniment";

    public static IHostApplicationBuilder AddAccompanimentServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AccompanimentDbContext>("accompaniment-db");
        builder.Services.AddAuditTrail<AccompanimentDbContext>(ServiceName);
        builder.Services.AddPersonalData<AccompanimentPersonalData>(ServiceName);
        builder.AddMessaging<AccompanimentDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ProgrammePublishedConsumer>();
            bus.AddConsumer<DossierSubmittedConsumer>();
            bus.AddConsumer<DossierResubmittedConsumer>();
            bus.AddConsumer<DossierCoEditorsChangedConsumer>();
            bus.AddConsumer<DossierSelectedConsumer>();
            bus.AddConsumer<DossierNotSelectedConsumer>();
            bus.AddConsumer<DossierPurgedConsumer>();
        });
        builder.Services.AddOptions<FollowUpOptions>().BindConfiguration("Accompaniment:FollowUp");
        // After the database migrator (hosted services start in order): the first pass finds its tables.
        builder.Services.AddScheduledPass<MilestoneFollowUp>(FollowUpInterval);
        builder.Services.AddScheduledPass<SessionReminders>(FollowUpInterval);
        return builder;
    }

    private static TimeSpan FollowUpInterval(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<FollowUpOptions>>().Value.Interval;

    public static WebApplication MapAccompanimentEndpoints(this WebApplication app)
    {
        app.MapAuditTrail<AccompanimentDbContext>();
        app.MapPersonalData();
        app.MapGrpcService<SupportPlansService>();
        app.MapGrpcService<CoachPoolsService>();
        app.MapGrpcService<SessionsService>();
        app.MapSessionCalendar();
        return app;
    }
}
