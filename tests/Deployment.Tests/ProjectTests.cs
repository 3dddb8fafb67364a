using Defis.Deployment.Tests.Rendering;
using Defis.Deployment.Tests.Rules;

namespace Defis.Deployment.Tests;

/// <summary>The manifests carry every project of the AppHost with every setting it is given (decision 0024).</summary>
public sealed class ProjectTests(PlatformDeployment deployment)
{
    [Fact]
    public void The_AppHost_manifest_lists_identity_the_six_services_the_gateway_and_the_portal() =>
        Assert.Equal(
            ["accompaniment", "correspondence", "funding", "gateway", "identity", "jury", "notification", "portal", "submission"],
            deployment.Manifest.Projects.Order());

    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public void Every_project_of_the_AppHost_has_a_Deployment_a_Service_an_autoscaler_and_a_disruption_budget(string overlay) =>
        Assert.Empty(ProjectRule.Violations(deployment.Manifest, deployment.Overlay(overlay)));

    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public void Every_environment_variable_the_AppHost_gives_a_project_is_set_in_its_Deployment(string overlay)
    {
        var rendered = deployment.Overlay(overlay);

        Assert.Empty(deployment.Manifest.Projects.Select(rendered.Deployment).OfType<k8s.Models.V1Deployment>()
            .SelectMany(d => EnvironmentRule.Violations(deployment.Manifest, d, rendered)));
    }

    /// <summary>Staging shows the demo accounts (identity's sign-in form opens them to the portal); production has none.</summary>
    [Theory]
    [InlineData("staging", true)]
    [InlineData("production", false)]
    public void Only_staging_gives_identity_the_demo_password(string overlay, bool given) =>
        Assert.Equal(given, deployment.Overlay(overlay).Deployment("identity")!.Spec.Template.Spec.Containers[0].Env
            .Any(e => e.Name == "Identity__DemoPassword"));
}
