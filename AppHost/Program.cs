using Defis.AppHost;

// The Défis platform: its servers, one database per service, identity, the six services, the gateway and the portal.
// Locally (run mode) the servers are Debian's, run by DCP without containers; published, they are containers.
var options = AppHostOptions.Parse(args);
LocalDashboard.ApplyDefaults();
var builder = DistributedApplication.CreateBuilder(options.AspireArguments);

var servers = builder.ExecutionContext.IsRunMode
    ? PlatformServers.Local(builder, options.DataFolder(builder.AppHostDirectory))
    : PlatformServers.Containers(builder);
var secrets = PlatformSecrets.Add(builder, servers.Data);

// Issues the tokens every service accepts: demo accounts (password grant, local runs only) and the ministry client.
var identity = builder.AddProject<Projects.Identity>("identity")
    .WithPlatformEnvironment(builder)
    .IssuingTokens(secrets.SigningKey)
    .WithEnvironment("Identity__DemoPassword", secrets.DemoPassword)
    .WithEnvironment("Identity__Clients__0__Secret", secrets.MinistryClientSecret)
    .WithHttpHealthCheck("/health");

var submission = AddService<Projects.Submission>("submission")
    .WithEnvironment("Submission__SeedDemoData", "true");
var jury = AddService<Projects.Jury>("jury");
var funding = AddService<Projects.Funding>("funding");
if (builder.ExecutionContext.IsRunMode)
{
    // FICTITIOUS values for local runs, so the open data of grants can be tried: named as such, with an all-zero SIRET.
    // A cluster gets the real authority from its operator (deploy/kubernetes/base/settings.yaml, ConfigMap funding).
    funding.WithEnvironment("OpenData__AttributingAuthority__Name", "Autorité attributaire fictive (démonstration)")
        .WithEnvironment("OpenData__AttributingAuthority__Siret", "00000000000000");
}
var accompaniment = AddService<Projects.Accompaniment>("accompaniment");
var notification = AddService<Projects.Notification>("notification")
    .WithReference(servers.Smtp).WaitFor(servers.Smtp);
// Dossier attachments, threads and staff notes; every file goes through clamd before anyone but its uploader opens it.
var correspondence = AddService<Projects.Correspondence>("correspondence")
    .WithReference(servers.Scanner).WaitFor(servers.Scanner);

var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .WithReference(servers.Cache).WaitFor(servers.Cache)
    .WithReference(servers.Messaging)
    .WithReference(identity).AcceptingTokensOf(identity)
    .WithReference(submission).WaitFor(submission)
    .WithReference(jury).WaitFor(jury)
    .WithReference(funding).WaitFor(funding)
    .WithReference(accompaniment).WaitFor(accompaniment)
    .WithReference(notification).WaitFor(notification)
    .WithReference(correspondence).WaitFor(correspondence)
    .WithPlatformEnvironment(builder)
    .WithHttpHealthCheck("/health");

// The portal (decision 0026): people sign in at identity (code flow with PKCE) and reach the platform through the
// gateway only. Published too: deploy/kubernetes/base/projects/portal.yaml, checked against this by tests/Deployment.Tests.
PlatformPortal.Add(builder, identity, gateway, servers.Cache);

builder.Build().Run();

// A service: its own database ("<name>-db"), the broker, identity's tokens, as many instances as --replicas asks (they
// compete for its queues; its relay, passes and seeders are safe on several instances); healthy when its /health is. It waits for
// the broker too: started during the broker's boot, MassTransit's reconnection backoff kept the services unhealthy
// for minutes on a loaded machine, far longer than the ~10 s the broker takes. Only the gateway and the portal use Redis.
IResourceBuilder<ProjectResource> AddService<TProject>(string name) where TProject : IProjectMetadata, new()
{
    var database = servers.Database($"{name}-db");
    return builder.AddProject<TProject>(name)
        .WithReference(database).WaitFor(database)
        .WithReference(servers.Messaging).WaitFor(servers.Messaging)
        .AcceptingTokensOf(identity)
        .WithPlatformEnvironment(builder)
        .WithReplicas(options.Replicas)
        .WithHttpHealthCheck("/health");
}
