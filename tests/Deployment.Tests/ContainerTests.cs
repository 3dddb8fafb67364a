using Defis.Deployment.Tests.Rendering;
using Defis.Deployment.Tests.Rules;

namespace Defis.Deployment.Tests;

/// <summary>Every container of every workload is probed, sized, pinned and locked down.</summary>
public sealed class ContainerTests(PlatformDeployment deployment)
{
    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public void Every_container_has_probes_requests_limits_a_pinned_image_and_runs_non_root_on_a_read_only_filesystem(string overlay)
    {
        var rendered = deployment.Overlay(overlay);

        Assert.NotEmpty(rendered.PodTemplates);
        Assert.Empty(rendered.PodTemplates.SelectMany(t => ContainerRule.Violations(t.Owner, t.Template, deployment.Manifest.Projects.Contains(t.Owner))));
    }
}
