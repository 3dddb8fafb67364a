using Defis.Deployment.Tests.Rendering;
using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// Only the gateway is reached from outside: no other Service is a LoadBalancer, NodePort or external name, every
/// Ingress leads to the gateway's Service, and the gateway is reached through at least one Ingress.
/// </summary>
public static class ExposureRule
{
    public const string Gateway = "gateway";

    public static IEnumerable<string> Violations(RenderedOverlay overlay)
    {
        foreach (var service in overlay.All<V1Service>().Where(s => s.Metadata.Name != Gateway))
        {
            if (service.Spec.Type is "LoadBalancer" or "NodePort" or "ExternalName" || service.Spec.ExternalIPs is { Count: > 0 })
            {
                yield return $"Service {service.Metadata.Name} is exposed outside the cluster ({service.Spec.Type})";
            }
        }
        var backends = overlay.All<V1Ingress>().SelectMany(Backends).ToList();
        foreach (var (ingress, service) in backends.Where(b => b.Service != Gateway))
        {
            yield return $"Ingress {ingress} leads to {service}, not the gateway";
        }
        if (!backends.Any(b => b.Service == Gateway) && !overlay.All<V1Service>().Any(s => s.Metadata.Name == Gateway && s.Spec.Type == "LoadBalancer"))
        {
            yield return "the gateway is not reached from outside (no Ingress, no LoadBalancer)";
        }
    }

    private static IEnumerable<(string Ingress, string Service)> Backends(V1Ingress ingress) =>
        (ingress.Spec.Rules ?? []).SelectMany(r => r.Http?.Paths ?? []).Select(p => p.Backend)
            .Append(ingress.Spec.DefaultBackend)
            .OfType<V1IngressBackend>()
            .Select(b => (ingress.Metadata.Name, b.Service?.Name ?? $"resource {b.Resource?.Name}"));
}
