namespace Defis.Accompaniment.Domain.Web;

/// <summary>
/// The only links people may leave here (evidence, session addresses): absolute http or https with a
/// host. Anything else (javascript:, file:, mailto:, a bare "www.…") would be unsafe or dead when clicked.
/// </summary>
public static class WebAddress
{
    public static Uri? Parse(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? uri
            : null;
}
