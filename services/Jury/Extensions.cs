using Defis.Jury.Events;
using Defis.Jury.Grpc;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Health;
using Defis.ServiceDefaults.Messaging;
using Defis.ServiceDefaults.Persistence;

namespace Defis.Jury;

public static class Extensions
{
    public const string ServiceName = "jury";

    public static IHostApplicationBuilder AddJuryServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<JuryDbContext>("jury-db");
        builder.AddMessaging<JuryDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ProgrammePublishedConsumer>();
            bus.AddConsumer<DossierSubmittedConsumer>();
            bus.AddConsumer<DossierWithdrawnConsumer>();
        });
        builder.AddRedisClient("cache");
        return builder;
    }

    public static WebApplication MapJuryEndpoints(this WebApplication app)
    {
        app.MapGrpcService<PanelsService>();
        app.MapGrpcService<ConflictsService>();
        app.MapGrpcService<AssignmentsService>();
        app.MapGrpcService<ReviewsService>();
        app.MapGrpcService<DecisionsService>();
        return app;
    }
}
