using Defis.Deployment.Tests.Rendering;

namespace Defis.Deployment.Tests;

/// <summary>
/// The container images have no fonts (the aspnet base image): a service that renders PDFs carries DejaVu Sans in its
/// own output (ServiceInfrastructure/Documents/DocumentFonts.targets), which publishing puts in its image.
/// </summary>
public sealed class DocumentFontTests
{
    [Theory]
    [InlineData("services/Submission")]
    [InlineData("services/Funding")]
    [InlineData("services/Notification")]
    public void A_service_that_renders_pdfs_ships_their_font(string project)
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var fonts = Path.Combine(Repository.Root, project, "bin", output.Parent!.Name, output.Name, "fonts");

        Assert.True(File.Exists(Path.Combine(fonts, "DejaVuSans.ttf")), $"{fonts}/DejaVuSans.ttf is missing");
        Assert.True(File.Exists(Path.Combine(fonts, "DejaVuSans-Bold.ttf")), $"{fonts}/DejaVuSans-Bold.ttf is missing");
        Assert.Contains("DocumentFonts.targets", File.ReadAllText(Path.Combine(Repository.Root, project, Path.GetFileName(project) + ".csproj")),
            StringComparison.Ordinal);
    }
}
