using Defis.ServiceDefaults.Health;
using Defis.ServiceDefaults.Messaging;
using Defis.ServiceDefaults.Persistence;
using Defis.Submission.Grpc;
using Defis.Submission.Persistence;

namespace Defis.Submission;

public static class Extensions
{
    public const string ServiceName = "submission";

    public static IHostApplicationBuilder AddSubmissionServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<SubmissionDbContext>("submission-db");
        builder.AddMessaging<SubmissionDbContext>(ServiceName);
        builder.AddRedisClient("cache");
        return builder;
    }

    public static WebApplication MapSubmissionEndpoints(this WebApplication app)
    {
        app.MapGrpcService<DossiersService>();
        app.MapGrpcService<ProgrammesService>();
        return app;
    }
}
