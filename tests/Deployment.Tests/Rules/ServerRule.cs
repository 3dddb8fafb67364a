using Defis.Deployment.Tests.Rendering;
using k8s.Models;

namespace Defis.Deployment.Tests.Rules;

/// <summary>
/// A server of the AppHost run inside the cluster runs the version the AppHost publishes (the tag of its image in
/// the manifest: PostgreSQL, RabbitMQ, Redis), whoever runs it — its own workload or an operator.
/// </summary>
public static class ServerRule
{
    public static IEnumerable<string> Violations(AppHostManifest manifest, RenderedOverlay overlay)
    {
        foreach (var server in manifest.Servers)
        {
            var image = Image(overlay, server);
            if (image is not null && AppHostManifest.Tag(image) != manifest.ImageTag(server))
            {
                yield return $"{server} runs {image}, the AppHost publishes version {manifest.ImageTag(server)}";
            }
        }
    }

    private static string? Image(RenderedOverlay overlay, string server) =>
        overlay.PodTemplates.Where(t => t.Owner == server).Select(t => t.Template.Spec.Containers[0].Image).FirstOrDefault()
        ?? overlay.All<CustomResource>().Where(r => r.Metadata.Name == server).Select(r => r.Spec ?? [])
            .Select(spec => (spec.GetValueOrDefault("image") ?? spec.GetValueOrDefault("imageName"))?.ToString()).FirstOrDefault();
}
