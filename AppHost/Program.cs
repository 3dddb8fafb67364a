using Defis.AppHost;
using Defis.Hosting;

// The Défis platform, described the Aspire way. Defis.Hosting (Hosting/) runs it with local processes;
// under Aspire.Hosting this file stays as it is (see docs/decisions/0005-own-apphost.md).
var builder = DistributedApplication.CreateBuilder(args);

var signingKey = builder.AddParameter("signing-key", secret: true);
var demoPassword = builder.AddParameter("demo-password", secret: true);
var ministrySecret = builder.AddParameter("ministry-client-secret", secret: true);

var postgres = builder.AddPostgres("postgres");
var messaging = builder.AddRabbitMQ("messaging").WithManagementPlugin();
var cache = builder.AddRedis("cache");
var smtp = builder.AddSmtpCapture("smtp");

var submission = AddService("submission", "../services/Submission/Submission.csproj")
    .WithEnvironment("Submission__SeedDemoData", "true");
var jury = AddService("jury", "../services/Jury/Jury.csproj");
var funding = AddService("funding", "../services/Funding/Funding.csproj");
var accompaniment = AddService("accompaniment", "../services/Accompaniment/Accompaniment.csproj");
var notification = AddService("notification", "../services/Notification/Notification.csproj")
    .WithReference(smtp).WaitFor(smtp);

// Issues the tokens every service accepts: demo accounts (password grant, local runs only) and the ministry client.
var identity = builder.AddProject("identity", "../services/Identity/Identity.csproj")
    .WithDevelopmentBearer(signingKey)
    .WithEnvironment("Identity__DemoPassword", demoPassword)
    .WithEnvironment("Identity__Clients__0__Secret", ministrySecret)
    .WithHttpHealthCheck("/health");

builder.AddProject("gateway", "../gateways/Gateway/Gateway.csproj")
    .WithReference(cache).WaitFor(cache)
    .WithReference(messaging).WaitFor(messaging)
    .WithReference(identity).WaitFor(identity)
    .WithReference(submission).WaitFor(submission)
    .WithReference(jury).WaitFor(jury)
    .WithReference(funding).WaitFor(funding)
    .WithReference(accompaniment).WaitFor(accompaniment)
    .WithReference(notification).WaitFor(notification)
    .WithDevelopmentBearer(signingKey)
    .WithHttpHealthCheck("/health");

builder.Build().Run();

// A service: its own database ("<name>-db"), the broker and the cache, healthy when its /health is.
IResourceBuilder<ProjectResource> AddService(string name, string projectPath)
{
    var database = postgres.AddDatabase($"{name}-db");
    return builder.AddProject(name, projectPath)
        .WithReference(database).WaitFor(database)
        .WithReference(messaging).WaitFor(messaging)
        .WithReference(cache).WaitFor(cache)
        .WithDevelopmentBearer(signingKey)
        .WithHttpHealthCheck("/health");
}
