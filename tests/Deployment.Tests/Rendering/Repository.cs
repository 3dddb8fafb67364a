namespace Defis.Deployment.Tests.Rendering;

/// <summary>The repository this test was built from: the folder holding <c>Defis.Platform.sln</c>.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Defis.Platform.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Defis.Platform.sln above {AppContext.BaseDirectory}.");
    }
}
