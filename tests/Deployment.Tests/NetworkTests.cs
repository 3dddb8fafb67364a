using Defis.Deployment.Tests.Rendering;
using Defis.Deployment.Tests.Rules;

namespace Defis.Deployment.Tests;

/// <summary>Only the front doors (gateway, portal, identity's browser pages) are reached from outside; each server only by the projects that use it.</summary>
public sealed class NetworkTests(PlatformDeployment deployment)
{
    [Fact]
    public void The_AppHost_gives_PostgreSQL_to_the_six_services_RabbitMQ_to_them_and_the_gateway_and_Redis_to_the_gateway_and_the_portal()
    {
        string[] services = ["accompaniment", "correspondence", "funding", "jury", "notification", "submission"];

        Assert.Equal(services, deployment.Manifest.UsersOf("postgres").Order());
        Assert.Equal(services.Append("gateway").Order(), deployment.Manifest.UsersOf("messaging").Order());
        Assert.Equal(["gateway", "portal"], deployment.Manifest.UsersOf("cache").Order());
    }

    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public void Only_the_gateway_the_portal_and_identitys_browser_pages_are_exposed_outside_the_cluster(string overlay) =>
        Assert.Empty(ExposureRule.Violations(deployment.Overlay(overlay)));

    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public void Network_policies_deny_by_default_and_open_each_server_to_exactly_the_projects_that_use_it(string overlay) =>
        Assert.Empty(NetworkRule.Violations(deployment.Manifest, deployment.Overlay(overlay)));

    [Fact]
    public void Production_reaches_a_managed_PostgreSQL_and_staging_runs_its_own()
    {
        Assert.Null(NetworkRule.ServerPods(deployment.Overlay("production"), "postgres"));
        Assert.NotNull(NetworkRule.ServerPods(deployment.Overlay("staging"), "postgres"));
    }
}
