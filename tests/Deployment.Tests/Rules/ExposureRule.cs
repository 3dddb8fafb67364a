using Defis.Deployment.Tests.Rendering;
using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// Only the front doors are reached from outside: no other Service is a LoadBalancer, NodePort or external name, every
/// Ingress leads to the gateway, the portal or identity's browser pages (never its token endpoint, discovery document
/// or keys), and the gateway and the portal are each reached through at least one Ingress.
/// </summary>
public static class ExposureRule
{
    public const string Gateway = "gateway";
    public const string Portal = "portal";
    public const string Identity = "identity";

    /// <summary>Where the portal sends a browser at identity: authorization, end of session, the sign-in form.</summary>
    public static readonly IReadOnlySet<string> IdentityBrowserPaths = new HashSet<string>(["/connect/authorize", "/connect/endsession", "/connexion"]);

    /// <summary>The projects that admit traffic from outside the namespace (from the ingress controller).</summary>
    public static readonly IReadOnlySet<string> FrontDoors = new HashSet<string>([Gateway, Portal, Identity]);

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
        foreach (var (ingress, service, _) in backends.Where(b => b.Service is not (Gateway or Portal or Identity)))
        {
            yield return $"Ingress {ingress} leads to {service}, not the gateway, the portal or identity's browser pages";
        }
        foreach (var (ingress, _, path) in backends.Where(b => b.Service == Identity && !(b.Path is { } p && IdentityBrowserPaths.Contains(p))))
        {
            yield return $"Ingress {ingress} exposes identity at {path ?? "every path"}, not only its browser pages";
        }
        foreach (var door in new[] { Gateway, Portal })
        {
            if (!backends.Any(b => b.Service == door) && !overlay.All<V1Service>().Any(s => s.Metadata.Name == door && s.Spec.Type == "LoadBalancer"))
            {
                yield return $"the {door} is not reached from outside (no Ingress, no LoadBalancer)";
            }
        }
    }

    /// <summary>Each backend with its path; a Prefix path or the default backend counts as every path below it (null path).</summary>
    private static IEnumerable<(string Ingress, string Service, string? Path)> Backends(V1Ingress ingress) =>
        (ingress.Spec.Rules ?? []).SelectMany(r => r.Http?.Paths ?? []).Select(p => (Backend: p.Backend, Path: p.PathType == "Exact" ? p.Path : null))
            .Append((Backend: ingress.Spec.DefaultBackend, Path: null))
            .Where(b => b.Backend is not null)
            .Select(b => (ingress.Metadata.Name, b.Backend.Service?.Name ?? $"resource {b.Backend.Resource?.Name}", b.Path));
}
