using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Defis.Gateway.Routing;

/// <summary>
/// Which paths go to which service. Destinations come from Aspire-style configuration,
/// services:{service}:{endpoint}:0, with "http" for REST/JSON and "grpc" for gRPC over HTTP/2.
/// </summary>
public sealed class ServiceRoutes
{
    public const string HttpEndpoint = "http";
    public const string GrpcEndpoint = "grpc";
    public const string AuthenticatedPolicy = "default";

    public sealed record Service(string Name, string[] RestPrefixes, string GrpcPackage);

    public static readonly Service[] Services =
    [
        new("submission", ["/api/v1/dossiers", "/api/v1/programmes"], "defis.submission.v1"),
        new("jury", ["/api/v1/jury"], "defis.jury.v1"),
        new("funding", ["/api/v1/funding"], "defis.funding.v1"),
        new("accompaniment", ["/api/v1/accompaniment"], "defis.accompaniment.v1"),
        new("notification", ["/api/v1/inbox", "/api/v1/notifications"], "defis.notification.v1"),
    ];

    private readonly Dictionary<(string, string), string> _destinations;

    private ServiceRoutes(Dictionary<(string, string), string> destinations, List<RouteConfig> routes, List<ClusterConfig> clusters)
    {
        _destinations = destinations;
        Routes = routes;
        Clusters = clusters;
    }

    public IReadOnlyList<RouteConfig> Routes { get; }

    public IReadOnlyList<ClusterConfig> Clusters { get; }

    public bool HasDestination(string service, string endpoint) => _destinations.ContainsKey((service, endpoint));

    public Uri Destination(string service, string endpoint) => new(_destinations[(service, endpoint)]);

    public static ServiceRoutes Build(IConfiguration configuration)
    {
        var destinations = new Dictionary<(string, string), string>();
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var service in Services)
        {
            foreach (var endpoint in new[] { HttpEndpoint, GrpcEndpoint })
            {
                var address = configuration[$"services:{service.Name}:{endpoint}:0"];
                if (string.IsNullOrWhiteSpace(address))
                {
                    continue;
                }
                destinations[(service.Name, endpoint)] = address;
                var clusterId = $"{service.Name}-{endpoint}";
                clusters.Add(Cluster(clusterId, address, endpoint == GrpcEndpoint));
                routes.AddRange(endpoint == HttpEndpoint
                    ? service.RestPrefixes.Select((prefix, i) => Route($"{clusterId}-{i}", clusterId, prefix + "/{**rest}"))
                    : [Route(clusterId, clusterId, "/" + service.GrpcPackage + ".{service}/{method}")]);
            }
        }
        return new ServiceRoutes(destinations, routes, clusters);
    }

    private static RouteConfig Route(string id, string clusterId, string path) => new()
    {
        RouteId = id,
        ClusterId = clusterId,
        AuthorizationPolicy = AuthenticatedPolicy,
        Match = new RouteMatch { Path = path },
    };

    private static ClusterConfig Cluster(string id, string address, bool http2) => new()
    {
        ClusterId = id,
        Destinations = new Dictionary<string, DestinationConfig> { ["primary"] = new() { Address = address } },
        HttpRequest = http2
            ? new ForwarderRequestConfig { Version = new Version(2, 0), VersionPolicy = HttpVersionPolicy.RequestVersionExact }
            : null,
    };
}
