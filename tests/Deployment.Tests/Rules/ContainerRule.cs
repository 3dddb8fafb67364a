using Defis.Deployment.Tests.Rendering;
using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// What every container of every workload must have: readiness and liveness probes (a project's: <c>/health</c> and
/// <c>/alive</c> on its <c>http</c> port), CPU and memory requests and limits, an image pinned by tag or digest, a
/// non-root user, a read-only root filesystem, no privilege escalation and every capability dropped.
/// </summary>
public static class ContainerRule
{
    public static IEnumerable<string> Violations(string owner, V1PodTemplateSpec template, bool isProject)
    {
        var pod = template.Spec;
        foreach (var container in pod.Containers.Concat(pod.InitContainers ?? []))
        {
            var where = $"{owner}/{container.Name}";
            foreach (var problem in Probes(container, isProject).Concat(Resources(container)).Concat(Image(container)).Concat(Security(pod, container)))
            {
                yield return $"{where}: {problem}";
            }
        }
    }

    private static IEnumerable<string> Probes(V1Container container, bool isProject)
    {
        if (container.ReadinessProbe is null)
        {
            yield return "no readiness probe";
        }
        if (container.LivenessProbe is null)
        {
            yield return "no liveness probe";
        }
        if (isProject && !IsHttpGet(container.ReadinessProbe, "/health"))
        {
            yield return "readiness is not GET /health on the http port";
        }
        if (isProject && !IsHttpGet(container.LivenessProbe, "/alive"))
        {
            yield return "liveness is not GET /alive on the http port";
        }
    }

    private static bool IsHttpGet(V1Probe? probe, string path) =>
        probe?.HttpGet is { } get && get.Path == path && get.Port?.Value == "http";

    private static IEnumerable<string> Resources(V1Container container)
    {
        foreach (var (kind, quantities) in new[] { ("requests", container.Resources?.Requests), ("limits", container.Resources?.Limits) })
        {
            foreach (var resource in new[] { "cpu", "memory" })
            {
                if (quantities is null || !quantities.ContainsKey(resource))
                {
                    yield return $"no {resource} in {kind}";
                }
            }
        }
    }

    private static IEnumerable<string> Image(V1Container container)
    {
        var image = container.Image ?? "";
        var tag = AppHostManifest.Tag(image);
        if (!image.Contains("@sha256:", StringComparison.Ordinal) && (tag.Length == 0 || tag == "latest"))
        {
            yield return $"image \"{image}\" is not pinned to a tag (and never to latest)";
        }
    }

    private static IEnumerable<string> Security(V1PodSpec pod, V1Container container)
    {
        var context = container.SecurityContext;
        if ((context?.RunAsNonRoot ?? pod.SecurityContext?.RunAsNonRoot) != true || (context?.RunAsUser ?? pod.SecurityContext?.RunAsUser) == 0)
        {
            yield return "may run as root (runAsNonRoot is not true)";
        }
        if (context?.ReadOnlyRootFilesystem != true)
        {
            yield return "root filesystem is writable";
        }
        if (context?.AllowPrivilegeEscalation != false)
        {
            yield return "privilege escalation is allowed";
        }
        if (context?.Privileged == true)
        {
            yield return "privileged";
        }
        if (context?.Capabilities?.Drop?.Contains("ALL") != true || context.Capabilities.Add is { Count: > 0 })
        {
            yield return "capabilities are not all dropped";
        }
    }
}
