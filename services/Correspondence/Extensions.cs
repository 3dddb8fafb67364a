using Defis.Correspondence.Events;
using Defis.Correspondence.Grpc;
using Defis.Correspondence.Persistence;
using Defis.Correspondence.PersonalData;
using Defis.Correspondence.Scanning;
using Defis.ServiceInfrastructure.Audit;
using Defis.ServiceInfrastructure.Messaging;
using Defis.ServiceInfrastructure.PersonalData;
using Defis.ServiceInfrastructure.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Microsoft.Extensions.Options;

namespace Defis.Correspondence;

public static class Extensions
{
    public const string ServiceName = "correspondence";

    public static IHostApplicationBuilder AddCorrespondenceServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CorrespondenceDbContext>("correspondence-db");
        builder.Services.AddAuditTrail<CorrespondenceDbContext>(ServiceName);
        builder.Services.AddPersonalData<CorrespondencePersonalData>(ServiceName);
        builder.AddMessaging<CorrespondenceDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<DossierDraftCreatedConsumer>();
            bus.AddConsumer<DossierSubmittedConsumer>();
            bus.AddConsumer<DossierResubmittedConsumer>();
            bus.AddConsumer<DossierCoEditorsChangedConsumer>();
            bus.AddConsumer<DossierReturnedForCorrectionConsumer>();
            bus.AddConsumer<ReviewerAssignedConsumer>();
            bus.AddConsumer<ReviewerUnassignedConsumer>();
            bus.AddConsumer<DossierPurgedConsumer>();
        });
        builder.Services.AddOptions<ScanOptions>().BindConfiguration("Correspondence:Scan");
        builder.Services.AddSingleton(provider => ClamdClient.From(builder.Configuration.GetConnectionString("scanner")));
        // Uploads stream in 1 MB messages at most; the caps themselves are counted by the service.
        builder.Services.Configure<global::Grpc.AspNetCore.Server.GrpcServiceOptions>(options => options.MaxReceiveMessageSize = UploadChunks.MaxMessageBytes);
        // After the database migrator (hosted services start in order): the first pass finds its tables.
        builder.Services.AddScheduledPass<PendingScans>(provider => provider.GetRequiredService<IOptions<ScanOptions>>().Value.Interval);
        return builder;
    }

    public static WebApplication MapCorrespondenceEndpoints(this WebApplication app)
    {
        app.MapAuditTrail<CorrespondenceDbContext>();
        app.MapPersonalData();
        app.MapGrpcService<AttachmentsService>();
        app.MapGrpcService<ThreadsService>();
        app.MapGrpcService<AnnotationsService>();
        return app;
    }
}
