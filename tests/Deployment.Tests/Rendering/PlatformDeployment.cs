namespace Defis.Deployment.Tests.Rendering;

/// <summary>
/// What every test reads, made once per run: the AppHost's publish manifest and the two rendered overlays.
/// </summary>
public sealed class PlatformDeployment : IAsyncLifetime
{
    public static readonly TheoryData<string> OverlayNames = ["staging", "production"];

    private readonly Dictionary<string, RenderedOverlay> _overlays = [];
    private string? _folder;

    public AppHostManifest Manifest { get; private set; } = null!;

    public RenderedOverlay Overlay(string name) => _overlays[name];

    public async ValueTask InitializeAsync()
    {
        _folder = Path.Combine(Environment.GetEnvironmentVariable("DEFIS_TEST_ROOT") ?? Path.GetTempPath(), $"defis-deployment-{Guid.NewGuid():N}");
        Directory.CreateDirectory(_folder);
        var manifest = AppHostManifest.PublishAsync(_folder);
        foreach (var name in OverlayNames.Select(row => row.Data))
        {
            _overlays[name] = RenderedOverlay.Committed(name);
        }
        Manifest = await manifest;
    }

    public ValueTask DisposeAsync()
    {
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }
}
