using Defis.Deployment.Tests.Rendering;

namespace Defis.Deployment.Tests;

/// <summary>
/// The committed renderings are exactly what kustomize makes of the overlays today: an edited overlay without its
/// new rendering fails here. Where kubectl is absent this one check cannot run and says so; the others read the
/// committed files and run everywhere.
/// </summary>
public sealed class RenderedFilesTests
{
    [Theory]
    [MemberData(nameof(PlatformDeployment.OverlayNames), MemberType = typeof(PlatformDeployment))]
    public async Task The_committed_rendering_is_the_overlay_rendered_now(string overlay)
    {
        if (!OnPath("kubectl"))
        {
            Assert.Skip("kubectl is not on the PATH: the committed rendering could not be compared with its overlay.");
        }

        var rendered = await RenderedOverlay.RenderAsync(overlay);

        Assert.True(rendered == await File.ReadAllTextAsync(RenderedOverlay.CommittedPath(overlay), TestContext.Current.CancellationToken),
            $"deploy/kubernetes/rendered/{overlay}.yaml is stale: kubectl kustomize deploy/kubernetes/overlays/{overlay} > deploy/kubernetes/rendered/{overlay}.yaml");
    }

    private static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(folder => File.Exists(Path.Combine(folder, tool)));
}
