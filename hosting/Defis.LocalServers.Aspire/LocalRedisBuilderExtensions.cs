using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Defis.LocalServers.Aspire;

public static class LocalRedisBuilderExtensions
{
    /// <summary>Redis from the Debian package on a kept loopback port, appending to <c>&lt;data&gt;/&lt;name&gt;</c>.</summary>
    public static IResourceBuilder<LocalRedisResource> AddLocalRedis(this IDistributedApplicationBuilder builder, string name, LocalDataFolder data)
    {
        var folder = data.Folder(name);
        Directory.CreateDirectory(folder);
        var port = data.Port(name);
        var redis = new LocalRedisResource(name, Prerequisites.RedisServer(), folder);
        return builder.AddResource(redis)
            .WithArgs("--bind", "127.0.0.1", "--port", $"{port}", "--dir", folder, "--protected-mode", "yes",
                "--daemonize", "no", "--appendonly", "yes", "--save", "60 1")
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            .WithIconName("Memory")
            .WithServerHealthCheck(cancellationToken => ServerHealthChecks.RedisAsync(redis, cancellationToken));
    }
}
