using Defis.Gateway.Security;
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
    public sealed record Service(string Name, string GrpcPackage);

    public static readonly Service[] Services =
    [
        new("submission", "defis.submission.v1"),
        new("jury", "defis.jury.v1"),
        new("funding", "defis.funding.v1"),
        new("accompaniment", "defis.accompaniment.v1"),
        new("notification", "defis.notification.v1"),
        new("correspondence", "defis.correspondence.v1"),
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
                // gRPC calls reach services whose methods each state their roles; REST paths get the coarse rules.
                routes.AddRange(endpoint == HttpEndpoint
                    ? AccessRules.RestRules.Where(r => r.Service == service.Name)
                        .Select((rule, i) => Route($"{clusterId}-{i}", clusterId, rule.Path, rule.Policy, rule.Methods))
                    : [
                        Route(clusterId, clusterId, "/" + service.GrpcPackage + ".{service}/{method}", AccessRules.SignedIn, null),
                        .. SharedContracts.Select(contract => SharedContractRoute(service, clusterId, contract)),
                    ]);
            }
        }
        return new ServiceRoutes(destinations, routes, clusters);
    }

    /// <summary>
    /// The header a gRPC call of a contract every service serves (the audit trail, a person's data) names its service
    /// with.
    /// </summary>
    public const string ServiceHeader = "defis-service";

    /// <summary>The gRPC services that every service serves for its own data: the call says whose it wants in a header.</summary>
    private static readonly string[] SharedContracts = ["defis.audit.v1.AuditTrail", "defis.personaldata.v1.PersonalData"];

    private static RouteConfig SharedContractRoute(Service service, string clusterId, string contract) =>
        Route($"{clusterId}-{contract}", clusterId, $"/{contract}/{{method}}", AccessRules.SignedIn, null) with
        {
            Match = new RouteMatch
            {
                Path = $"/{contract}/{{method}}",
                Headers = [new RouteHeader { Name = ServiceHeader, Values = [service.Name], Mode = HeaderMatchMode.ExactHeader }],
            },
        };

    private static RouteConfig Route(string id, string clusterId, string path, string policy, string[]? methods) => new()
    {
        RouteId = id,
        ClusterId = clusterId,
        AuthorizationPolicy = policy,
        Match = new RouteMatch { Path = path, Methods = methods },
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
