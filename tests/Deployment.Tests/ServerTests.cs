using Defis.Deployment.Tests.Rendering;
using Defis.Deployment.Tests.Rules;
using k8s.Models;

namespace Defis.Deployment.Tests;

/// <summary>The servers run in the cluster are those the AppHost publishes, RabbitMQ as a three-node cluster.</summary>
public sealed class ServerTests(PlatformDeployment deployment)
{
    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public void Each_server_in_the_cluster_runs_the_version_the_AppHost_publishes(string overlay) =>
        Assert.Empty(ServerRule.Violations(deployment.Manifest, deployment.Overlay(overlay)));

    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public void RabbitMQ_is_a_three_node_cluster_and_the_projects_declare_quorum_queues(string overlay)
    {
        var rendered = deployment.Overlay(overlay);

        Assert.Equal("3", rendered.All<CustomResource>().Single(r => r.Kind == "RabbitmqCluster").Spec?["replicas"].ToString());
        Assert.Equal("true", rendered.ConfigMap("defis-messaging")?.Data["Messaging__QuorumQueues"]);
    }

    [Fact]
    public void A_server_run_at_another_version_than_the_AppHost_publishes_is_reported()
    {
        var broken = deployment.Overlay("staging").Copy();
        broken.All<V1StatefulSet>().Single(s => s.Metadata.Name == "cache").Spec.Template.Spec.Containers[0].Image = "redis:7.0";

        Assert.Contains($"cache runs redis:7.0, the AppHost publishes version {deployment.Manifest.ImageTag("cache")}",
            ServerRule.Violations(deployment.Manifest, broken));
    }
}
