using Defis.Deployment.Tests.Rendering;
using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// Every project resource of the AppHost is deployed: a Deployment and a Service of its name (a port for each of the
/// manifest's bindings, <c>http</c> and, where the project serves it, <c>grpc</c>; never <c>https</c>: TLS ends at the
/// ingress), a HorizontalPodAutoscaler and a PodDisruptionBudget.
/// </summary>
public static class ProjectRule
{
    public static IEnumerable<string> Violations(AppHostManifest manifest, RenderedOverlay overlay)
    {
        foreach (var project in manifest.Projects)
        {
            if (overlay.Deployment(project) is null)
            {
                yield return $"{project}: no Deployment";
            }
            var service = overlay.All<V1Service>().SingleOrDefault(s => s.Metadata.Name == project);
            if (service is null)
            {
                yield return $"{project}: no Service";
            }
            else
            {
                foreach (var port in manifest.Bindings(project).Where(b => b != "https" && !service.Spec.Ports.Any(p => p.Name == b)))
                {
                    yield return $"{project}: its Service lacks the {port} port";
                }
            }
            if (!overlay.All<V2HorizontalPodAutoscaler>().Any(h => h.Spec.ScaleTargetRef.Kind == "Deployment" && h.Spec.ScaleTargetRef.Name == project))
            {
                yield return $"{project}: no HorizontalPodAutoscaler";
            }
            var labels = overlay.Deployment(project)?.Spec.Template.Metadata.Labels ?? new Dictionary<string, string>();
            if (!overlay.All<V1PodDisruptionBudget>().Any(b => b.Spec.Selector.Selects(labels)))
            {
                yield return $"{project}: no PodDisruptionBudget";
            }
        }
    }
}
