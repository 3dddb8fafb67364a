using PdfSharp.Fonts;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>
/// PDFsharp finds no fonts by itself on Linux: this resolver gives it DejaVu Sans (regular and bold) from the service's
/// own <c>fonts/</c> folder, which DocumentFonts.targets fills at build and publish (so the container image has them),
/// else from the folder the Debian package fonts-dejavu-core installs; <c>Documents:FontFolder</c> to change it. The font is embedded (subset) in every PDF, so a reader needs nothing installed. PDFsharp keeps one
/// resolver per process: installed once.
/// </summary>
public sealed class DocumentFonts(string folder) : IFontResolver
{
    public const string Family = "DejaVu Sans";
    public const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";
    public const string FolderSetting = "Documents:FontFolder";

    private const string Regular = "DejaVuSans.ttf";
    private const string Bold = "DejaVuSans-Bold.ttf";
    private static readonly Lock Installing = new();

    public static void Install(string? folder)
    {
        lock (Installing)
        {
            GlobalFontSettings.FontResolver ??= new DocumentFonts(string.IsNullOrEmpty(folder) ? Shipped() ?? DefaultFolder : folder);
        }
    }

    private static string? Shipped()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "fonts");
        return File.Exists(Path.Combine(shipped, Regular)) ? shipped : null;
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase) ? new FontResolverInfo(bold ? Bold : Regular) : null;

    public byte[]? GetFont(string faceName) => File.ReadAllBytes(Path.Combine(folder, faceName));
}
