using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Defis.Dashboard.Web;

/// <summary>The pages: plain HTML, CSS and JavaScript embedded in the assembly (wwwroot/), no build step.</summary>
public static class StaticAssets
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript; charset=utf-8", [".css"] = "text/css; charset=utf-8",
    };

    public static void MapStaticAssets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => Asset("index.html"));
        endpoints.MapGet("/app.js", () => Asset("app.js"));
        endpoints.MapGet("/app.css", () => Asset("app.css"));
    }

    public static string Read(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("wwwroot/" + name)
            ?? throw new InvalidOperationException($"Missing embedded asset wwwroot/{name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static IResult Asset(string name) => Results.Text(Read(name), ContentTypes[Path.GetExtension(name)]);
}
