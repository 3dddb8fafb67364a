using Defis.Deployment.Tests.Rendering;
using Defis.Deployment.Tests.Rules;
using k8s.Models;

namespace Defis.Deployment.Tests;

/// <summary>No secret value is committed; every Secret the manifests need is one the guide tells the operator to create.</summary>
public sealed class SecretTests(PlatformDeployment deployment)
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(Repository.Root, "docs", "deploy", "kubernetes.md"));

    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public void Every_Secret_the_manifests_refer_to_is_in_the_guide_and_none_is_defined_in_them(string overlay) =>
        Assert.Empty(SecretRule.Violations(deployment.Overlay(overlay), Guide));

    [Fact]
    public void A_Secret_the_guide_does_not_list_is_reported()
    {
        var broken = deployment.Overlay("staging").Copy();
        var key = broken.Deployment("identity")!.Spec.Template.Spec.Containers[0].Env.Single(e => e.Name == "Identity__SigningKey");
        key.ValueFrom.SecretKeyRef = new V1SecretKeySelector { Name = "identity-keys", Key = "pem" };

        var violations = SecretRule.Violations(broken, Guide).ToList();

        Assert.Contains("Secret identity-keys is not in the guide's list of Secrets to create", violations);
        Assert.Contains("key pem of Secret identity-keys is not in the guide", violations);
    }

    [Fact]
    public void A_Secret_an_operator_resource_refers_to_and_the_guide_omits_is_reported() =>
        Assert.Contains("Secret postgres-role-submission is not in the guide's list of Secrets to create",
            SecretRule.Violations(deployment.Overlay("staging"), Guide.Replace("`postgres-role-<service>`", "", StringComparison.Ordinal)));
}
