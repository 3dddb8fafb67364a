using Defis.Jury.Events;
using Defis.Jury.Grpc;
using Defis.Jury.Instruction;
using Defis.Jury.Persistence;
using Defis.Jury.PersonalData;
using Defis.ServiceDefaults.Health;
using Defis.ServiceInfrastructure.Audit;
using Defis.ServiceInfrastructure.Messaging;
using Defis.ServiceInfrastructure.PersonalData;
using Defis.ServiceInfrastructure.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace Defis.Jury;

public static class Extensions
{
    public const string ServiceName = "jury";

    public static IHostApplicationBuilder AddJuryServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<JuryDbContext>("jury-db");
        builder.Services.AddAuditTrail<JuryDbContext>(ServiceName);
        builder.Services.AddPersonalData<JuryPersonalData>(ServiceName);
        builder.AddMessaging<JuryDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<ProgrammePublishedConsumer>();
            bus.AddConsumer<DossierSubmittedConsumer>();
            bus.AddConsumer<DossierWithdrawnConsumer>();
            bus.AddConsumer<DossierPurgedConsumer>();
        });
        builder.Services.AddOptions<DueSoonOptions>().BindConfiguration("Jury:DueSoon");
        builder.Services.AddScheduledPass<DueSoonAnnouncer>(provider => provider.GetRequiredService<IOptions<DueSoonOptions>>().Value.Interval);
        return builder;
    }

    public static WebApplication MapJuryEndpoints(this WebApplication app)
    {
        app.MapAuditTrail<JuryDbContext>();
        app.MapPersonalData();
        app.MapGrpcService<PanelsService>();
        app.MapGrpcService<ConflictsService>();
        app.MapGrpcService<AssignmentsService>();
        app.MapGrpcService<ReviewsService>();
        app.MapGrpcService<DecisionsService>();
        return app;
    }
}
