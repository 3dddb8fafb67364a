using Defis.Client;
using Defis.Client.Http;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>
/// The platform as a partner or a portal reaches it: the gateway only, with the SDK, signed in at the identity
/// service as a demo account (password grant) or as the ministry client (client credentials).
/// </summary>
public sealed class PlatformDoor(AspirePlatform platform) : IDisposable
{
    public const string MinistryClient = "demo-ministere";

    private readonly HttpClient _identity = new() { BaseAddress = platform.Endpoint("identity"), Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<DefisClient> _clients = [];

    public Uri Gateway { get; } = platform.Endpoint("gateway");

    public DefisClient As(string demoUser) =>
        Keep(new DefisClient(Gateway, TokenSource.Password(_identity, demoUser, Secret("demo-password"))));

    public DefisClient Ministry() =>
        Keep(new DefisClient(Gateway, TokenSource.ClientCredentials(_identity, MinistryClient, Secret("ministry-client-secret"))));

    public void Dispose()
    {
        _clients.ForEach(c => c.Dispose());
        _identity.Dispose();
    }

    private string Secret(string file) => platform.Secret(file);

    private DefisClient Keep(DefisClient client)
    {
        _clients.Add(client);
        return client;
    }
}
