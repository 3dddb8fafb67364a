using Defis.Deployment.Tests.Rendering;
using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// The NetworkPolicies: everything is denied by default; among the projects only the front doors (the gateway, the
/// portal, identity for its browser pages) admit anything from outside the namespace; each server of the AppHost admits exactly the projects that use it — or, run outside the
/// cluster, is reached by exactly those.
/// </summary>
public static class NetworkRule
{
    public static IEnumerable<string> Violations(AppHostManifest manifest, RenderedOverlay overlay)
    {
        var policies = overlay.All<V1NetworkPolicy>().ToList();
        if (!policies.Any(IsDefaultDeny))
        {
            yield return "no default-deny policy (empty pod selector, Ingress and Egress, no rule)";
        }
        var projects = manifest.Projects.ToDictionary(p => p, p => Labels(overlay.Deployment(p)?.Spec.Template));
        foreach (var (project, labels) in projects.Where(p => !ExposureRule.FrontDoors.Contains(p.Key)))
        {
            if (IngressRules(policies, labels).Any(rule => rule.FromProperty is not { Count: > 0 } || rule.FromProperty.Any(IsOutside)))
            {
                yield return $"{project} admits traffic from outside the namespace; only the gateway, the portal and identity may";
            }
        }
        foreach (var server in manifest.Servers)
        {
            var users = manifest.UsersOf(server);
            var reached = ServerPods(overlay, server) is { } pods
                ? projects.Where(p => Admits(IngressRules(policies, pods), p.Value)).Select(p => p.Key)
                : projects.Where(p => ReachesOutside(policies, p.Value, manifest.Port(server))).Select(p => p.Key);
            var reachedSet = reached.ToHashSet();
            foreach (var intruder in reachedSet.Except(users))
            {
                yield return $"{intruder} may reach {server}, which it does not use";
            }
            foreach (var user in users.Except(reachedSet))
            {
                yield return $"{user} uses {server} but may not reach it";
            }
        }
    }

    /// <summary>The labels of a server's pods when it runs in the cluster: its own workload, or what its operator labels them with.</summary>
    public static IDictionary<string, string>? ServerPods(RenderedOverlay overlay, string server) =>
        overlay.PodTemplates.Where(t => t.Owner == server).Select(t => Labels(t.Template)).FirstOrDefault()
        ?? overlay.All<CustomResource>().Where(r => r.Metadata.Name == server).Select(r => r.Kind switch
        {
            "RabbitmqCluster" => new Dictionary<string, string> { ["app.kubernetes.io/name"] = server },
            "Cluster" => new Dictionary<string, string> { ["cnpg.io/cluster"] = server },
            _ => null,
        }).FirstOrDefault(labels => labels is not null);

    private static Dictionary<string, string> Labels(V1PodTemplateSpec? template) =>
        new(template?.Metadata?.Labels ?? new Dictionary<string, string>());

    private static bool IsDefaultDeny(V1NetworkPolicy policy) =>
        policy.Spec.PodSelector is { MatchLabels: null or { Count: 0 }, MatchExpressions: null or { Count: 0 } }
        && policy.Spec.PolicyTypes is { } types && types.Contains("Ingress") && types.Contains("Egress")
        && policy.Spec.Ingress is null or { Count: 0 } && policy.Spec.Egress is null or { Count: 0 };

    private static IEnumerable<V1NetworkPolicyIngressRule> IngressRules(IEnumerable<V1NetworkPolicy> policies, IDictionary<string, string> pods) =>
        policies.Where(p => p.Spec.PodSelector.Selects(pods) && (p.Spec.PolicyTypes?.Contains("Ingress") ?? true))
            .SelectMany(p => p.Spec.Ingress ?? []);

    private static bool IsOutside(V1NetworkPolicyPeer peer) => peer.NamespaceSelector is not null || peer.IpBlock is not null;

    private static bool Admits(IEnumerable<V1NetworkPolicyIngressRule> rules, IDictionary<string, string> project) =>
        rules.Any(rule => rule.FromProperty is not { Count: > 0 }
            || rule.FromProperty.Any(peer => peer.IpBlock is not null || (peer.NamespaceSelector is null && peer.PodSelector.Selects(project))));

    private static bool ReachesOutside(IEnumerable<V1NetworkPolicy> policies, IDictionary<string, string> project, int port) =>
        policies.Where(p => p.Spec.PodSelector.Selects(project) && (p.Spec.PolicyTypes?.Contains("Egress") ?? false))
            .SelectMany(p => p.Spec.Egress ?? [])
            .Any(rule => (rule.To is not { Count: > 0 } || rule.To.Any(peer => peer.IpBlock is not null))
                && (rule.Ports is not { Count: > 0 } || rule.Ports.Any(p => p.Port?.Value == port.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
