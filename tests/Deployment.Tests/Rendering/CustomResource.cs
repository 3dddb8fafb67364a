using k8s;
using k8s.Models;

namespace Defis.Deployment.Tests.Rendering;

/// <summary>An operator's resource (RabbitmqCluster, CloudNativePG's Cluster and Database): its name and spec are enough here.</summary>
public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
{
    public string ApiVersion { get; set; } = "";

    public string Kind { get; set; } = "";

    public V1ObjectMeta Metadata { get; set; } = new();

    public Dictionary<string, object>? Spec { get; set; }
}
