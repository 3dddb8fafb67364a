using System.Security.Cryptography;
using Defis.LocalServers.Aspire;

namespace Defis.AppHost;

/// <summary>
/// The platform's secrets as Aspire parameters. A local run generates each once per data folder (files
/// <c>&lt;data&gt;/identity-signing-key</c> — an RSA private key in PEM —, <c>demo-password</c>,
/// <c>ministry-client-secret</c>, mode 600) and never prints them; a deployment supplies them (Parameters__&lt;name&gt;).
/// </summary>
public sealed record PlatformSecrets(
    IResourceBuilder<ParameterResource> SigningKey,
    IResourceBuilder<ParameterResource> DemoPassword,
    IResourceBuilder<ParameterResource> MinistryClientSecret)
{
    public static PlatformSecrets Add(IDistributedApplicationBuilder builder, LocalDataFolder? data) => new(
        Secret(builder, data, "identity-signing-key", NewRsaKey),
        Secret(builder, data, "demo-password"),
        Secret(builder, data, "ministry-client-secret"));

    private static IResourceBuilder<ParameterResource> Secret(
        IDistributedApplicationBuilder builder, LocalDataFolder? data, string name, Func<string>? generate = null) =>
        data is null || builder.Configuration[$"Parameters:{name}"] is { Length: > 0 }
            ? builder.AddParameter(name, secret: true)
            : builder.AddParameter(name, () => generate is null ? data.Secret(name) : data.Secret(name, generate), secret: true);

    private static string NewRsaKey()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportPkcs8PrivateKeyPem();
    }
}
