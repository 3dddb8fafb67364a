using Defis.Deployment.Tests.Rendering;
using Defis.Deployment.Tests.Rules;
using k8s.Models;

namespace Defis.Deployment.Tests;

/// <summary>
/// Each rule fails on a broken manifest: a copy of the rendered staging overlay is broken in one place and the rule
/// must name what broke (so a rule that passes everything cannot hide behind green tests).
/// </summary>
public sealed class RulesBiteTests(PlatformDeployment deployment)
{
    private readonly RenderedOverlay _broken = deployment.Overlay("staging").Copy();

    [Fact]
    public void A_project_without_its_Deployment_or_Service_is_reported()
    {
        var objects = _broken.Objects.Where(o => o is not V1Deployment { Metadata.Name: "jury" } && o is not V1Service { Metadata.Name: "funding" });

        var violations = ProjectRule.Violations(deployment.Manifest, new RenderedOverlay("broken", [.. objects])).ToList();

        Assert.Contains("jury: no Deployment", violations);
        Assert.Contains("funding: no Service", violations);
    }

    [Fact]
    public void A_variable_the_AppHost_gives_and_the_Deployment_lacks_is_reported()
    {
        var jury = _broken.Deployment("jury")!;
        jury.Spec.Template.Spec.Containers[0].Env.Remove(jury.Spec.Template.Spec.Containers[0].Env.Single(e => e.Name == "ConnectionStrings__messaging"));

        Assert.Contains("jury: ConnectionStrings__messaging is missing", EnvironmentRule.Violations(deployment.Manifest, jury, _broken));
    }

    [Fact]
    public void A_secret_given_as_a_plain_value_is_reported()
    {
        var identity = _broken.Deployment("identity")!;
        var key = identity.Spec.Template.Spec.Containers[0].Env.Single(e => e.Name == "Identity__SigningKey");
        (key.ValueFrom, key.Value) = (null, "not-a-key");

        Assert.Contains(EnvironmentRule.Violations(deployment.Manifest, identity, _broken), v => v.StartsWith("identity: Identity__SigningKey carries a secret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_literal_value_other_than_the_AppHost_gives_is_reported()
    {
        _broken.ConfigMap("defis-token-validation")!.Data["Authentication__Schemes__Bearer__ValidAudiences__0"] = "someone-else";

        Assert.Contains("funding: Authentication__Schemes__Bearer__ValidAudiences__0 is \"someone-else\", the AppHost gives \"defis\"",
            EnvironmentRule.Violations(deployment.Manifest, _broken.Deployment("funding")!, _broken));
    }

    [Fact]
    public void A_container_without_probes_limits_pinned_image_or_lockdown_is_reported()
    {
        var template = _broken.Deployment("funding")!.Spec.Template;
        var container = template.Spec.Containers[0];
        container.ReadinessProbe = null;
        container.LivenessProbe.HttpGet.Path = "/health";
        container.Resources.Limits.Remove("memory");
        container.Image = "registry.example/defis/funding:latest";
        container.SecurityContext.ReadOnlyRootFilesystem = false;
        container.SecurityContext.AllowPrivilegeEscalation = true;
        container.SecurityContext.Capabilities.Drop = [];
        template.Spec.SecurityContext.RunAsNonRoot = false;

        var violations = ContainerRule.Violations("funding", template, isProject: true).ToList();

        Assert.Equal(
            [
                "funding/funding: no readiness probe",
                "funding/funding: readiness is not GET /health on the http port",
                "funding/funding: liveness is not GET /alive on the http port",
                "funding/funding: no memory in limits",
                "funding/funding: image \"registry.example/defis/funding:latest\" is not pinned to a tag (and never to latest)",
                "funding/funding: may run as root (runAsNonRoot is not true)",
                "funding/funding: root filesystem is writable",
                "funding/funding: privilege escalation is allowed",
                "funding/funding: capabilities are not all dropped",
            ],
            violations);
    }

    [Theory]
    [InlineData("registry.example/defis/jury")]
    [InlineData("registry.example:5000/defis/jury")]
    public void An_image_without_a_tag_is_reported(string image)
    {
        var template = _broken.Deployment("jury")!.Spec.Template;
        template.Spec.Containers[0].Image = image;

        Assert.Contains(ContainerRule.Violations("jury", template, isProject: true), v => v.Contains("is not pinned", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_other_than_the_gateway_exposed_outside_is_reported()
    {
        _broken.All<V1Service>().Single(s => s.Metadata.Name == "jury").Spec.Type = "LoadBalancer";
        _broken.All<V1Ingress>().Single(i => i.Metadata.Name == "gateway-grpc").Spec.Rules[0].Http.Paths[0].Backend.Service.Name = "submission";

        var violations = ExposureRule.Violations(_broken).ToList();

        Assert.Contains("Service jury is exposed outside the cluster (LoadBalancer)", violations);
        Assert.Contains("Ingress gateway-grpc leads to submission, not the gateway, the portal or identity's browser pages", violations);
    }

    [Fact]
    public void Identity_exposed_beyond_its_browser_pages_or_a_portal_without_its_Ingress_is_reported()
    {
        var objects = _broken.Objects.Where(o => o is not V1Ingress { Metadata.Name: "portal" }).ToList();
        var identity = objects.OfType<V1Ingress>().Single(i => i.Metadata.Name == "identity");
        identity.Spec.Rules[0].Http.Paths[0].Path = "/connect/token";
        identity.Spec.Rules[0].Http.Paths[1].PathType = "Prefix";

        var violations = ExposureRule.Violations(new RenderedOverlay("broken", objects)).ToList();

        Assert.Contains("Ingress identity exposes identity at /connect/token, not only its browser pages", violations);
        Assert.Contains("Ingress identity exposes identity at every path, not only its browser pages", violations);
        Assert.Contains("the portal is not reached from outside (no Ingress, no LoadBalancer)", violations);
    }

    [Fact]
    public void A_server_open_to_a_project_that_does_not_use_it_or_closed_to_one_that_does_is_reported()
    {
        var policies = _broken.All<V1NetworkPolicy>().ToDictionary(p => p.Metadata.Name);
        policies["cache-from-gateway-and-portal"].Spec.Ingress[0].FromProperty.Add(new V1NetworkPolicyPeer
        {
            PodSelector = new V1LabelSelector { MatchLabels = new Dictionary<string, string> { ["app.kubernetes.io/name"] = "submission" } },
        });
        policies["messaging-from-services"].Spec.Ingress[0].FromProperty.RemoveAt(6);

        var violations = NetworkRule.Violations(deployment.Manifest, _broken).ToList();

        Assert.Contains("submission may reach cache, which it does not use", violations);
        Assert.Contains("gateway uses messaging but may not reach it", violations);
    }

    [Fact]
    public void A_namespace_without_default_deny_or_a_service_open_to_other_namespaces_is_reported()
    {
        var objects = _broken.Objects.Where(o => o is not V1NetworkPolicy { Metadata.Name: "default-deny" }).ToList();
        var services = objects.OfType<V1NetworkPolicy>().Single(p => p.Metadata.Name == "services-from-gateway");
        services.Spec.Ingress[0].FromProperty.Add(new V1NetworkPolicyPeer { NamespaceSelector = new V1LabelSelector() });

        var violations = NetworkRule.Violations(deployment.Manifest, new RenderedOverlay("broken", objects)).ToList();

        Assert.Contains("no default-deny policy (empty pod selector, Ingress and Egress, no rule)", violations);
        Assert.Contains("jury admits traffic from outside the namespace; only the gateway, the portal and identity may", violations);
    }

    [Fact]
    public void A_managed_server_reached_by_a_project_that_does_not_use_it_is_reported()
    {
        var production = deployment.Overlay("production").Copy();
        production.All<V1NetworkPolicy>().Single(p => p.Metadata.Name == "services-to-managed-postgres")
            .Spec.PodSelector.MatchExpressions[0].Values.Add("gateway");

        Assert.Contains("gateway may reach postgres, which it does not use", NetworkRule.Violations(deployment.Manifest, production));
    }
}
