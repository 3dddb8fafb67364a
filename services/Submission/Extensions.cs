using Defis.ServiceDefaults.Health;
using Defis.Submission.Clock;
using Defis.ServiceInfrastructure.Audit;
using Defis.ServiceInfrastructure.Documents;
using Defis.ServiceInfrastructure.PersonalData;
using Defis.Submission.Events;
using Defis.Submission.BackgroundExports;
using Defis.ServiceInfrastructure.Messaging;
using Defis.ServiceInfrastructure.Persistence;
using Defis.ServiceInfrastructure.Scheduling;
using Defis.Submission.Grpc;
using Defis.Submission.PersonalData;
using Defis.Submission.Persistence;
using Defis.Submission.Seed;
using Microsoft.Extensions.Options;

namespace Defis.Submission;

public static class Extensions
{
    public const string ServiceName = "submission";

    public static IHostApplicationBuilder AddSubmissionServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SubmissionDbContext>("submission-db");
        builder.Services.AddAuditTrail<SubmissionDbContext>(ServiceName);
        builder.Services.AddPersonalData<SubmissionPersonalData>(ServiceName);
        builder.AddMessaging<SubmissionDbContext>(ServiceName, bus =>
        {
            bus.AddConsumer<DossierSelectedConsumer>();
            bus.AddConsumer<DossierNotSelectedConsumer>();
            bus.AddConsumer<ReviewerAssignedConsumer>();
            bus.AddConsumer<ReviewerUnassignedConsumer>();
        });
        builder.Services.Configure<ProgrammeClockOptions>(builder.Configuration.GetSection("Submission:Clock"));
        builder.Services.AddScheduledPass<ProgrammeClock>(services => services.GetRequiredService<IOptions<ProgrammeClockOptions>>().Value.Interval);
        builder.Services.AddScheduledPass<RetentionPass>(services => services.GetRequiredService<IOptions<ProgrammeClockOptions>>().Value.Interval);
        builder.Services.Configure<ExportJobOptions>(builder.Configuration.GetSection("Submission:Exports"));
        builder.Services.AddScheduledPass<DossierExportPass>(services => services.GetRequiredService<IOptions<ExportJobOptions>>().Value.Interval);
        builder.Services.AddScheduledPass<ExportFileExpiryPass>(services => services.GetRequiredService<IOptions<ExportJobOptions>>().Value.Interval);
        builder.Services.AddSingleton<DemoSeeder>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DemoSeeder>());
        DocumentFonts.Install(builder.Configuration[DocumentFonts.FolderSetting]);
        return builder;
    }

    public static WebApplication MapSubmissionEndpoints(this WebApplication app)
    {
        app.MapAuditTrail<SubmissionDbContext>();
        app.MapPersonalData();
        app.MapGrpcService<DossiersService>();
        app.MapGrpcService<ProgrammesService>();
        app.MapGrpcService<LaureatesService>();
        app.MapGrpcService<ReceiptsService>();
        app.MapGrpcService<ExportsService>();
        app.MapGrpcService<ExportJobsService>();
        app.MapGrpcService<ErasuresService>();
        return app;
    }
}
