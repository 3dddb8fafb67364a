using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;

namespace Defis.LocalServers.Aspire;

public static class LocalClamdBuilderExtensions
{
    /// <summary>
    /// ClamAV's clamd from the Debian package on a kept loopback port, with its own clamd.conf and a database holding
    /// only the EICAR test signature under <c>&lt;data&gt;/&lt;name&gt;</c> (no freshclam: no network here).
    /// </summary>
    public static IResourceBuilder<LocalClamdResource> AddLocalClamd(this IDistributedApplicationBuilder builder, string name, LocalDataFolder data)
    {
        var folder = data.Folder(name);
        Directory.CreateDirectory(folder);
        var port = data.Port(name);
        var configuration = ClamdFolder.Prepare(folder, port);
        var clamd = new LocalClamdResource(name, Prerequisites.Clamd(), folder);
        return builder.AddResource(clamd)
            .WithArgs($"--config-file={configuration}")
            .WithEndpoint(port: port, targetPort: port, scheme: "tcp", name: LocalServerResource.EndpointName, isProxied: false)
            .WithIconName("ShieldCheckmark")
            .WithServerHealthCheck(cancellationToken => ServerHealthChecks.ClamdAsync(clamd, cancellationToken));
    }
}
