using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Domain.Milestones;

/// <summary>What the laureate shows to prove a milestone: a text, a link to a document or a demo, or both.</summary>
public sealed record Evidence(string? Text, Uri? Link)
{
    public const int TextMaxLength = 4_000;
    public const int LinkMaxLength = 2_000;

    /// <summary>At least one of the two; a link is an absolute http(s) address, nothing else (no javascript:, file:, mailto:).</summary>
    public static Evidence Create(string? text, string? link)
    {
        var violations = new FieldViolations().OptionalText("evidence.text", text, TextMaxLength);
        var uri = ParseLink(violations, link);
        if (string.IsNullOrWhiteSpace(text) && string.IsNullOrWhiteSpace(link))
        {
            violations.Add("evidence", "Joignez un texte ou un lien (http ou https) qui atteste le jalon.");
        }
        violations.ThrowIfAny();
        return new(string.IsNullOrWhiteSpace(text) ? null : text.Trim(), uri);
    }

    private static Uri? ParseLink(FieldViolations violations, string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }
        var trimmed = link.Trim();
        if (trimmed.Length > LinkMaxLength)
        {
            violations.Add("evidence.link", $"Ce lien dépasse {LinkMaxLength} caractères ({trimmed.Length}).");
            return null;
        }
        if (Web.WebAddress.Parse(trimmed) is { } uri)
        {
            return uri;
        }
        violations.Add("evidence.link", "Le lien doit être une adresse web complète commençant par http:// ou https://.");
        return null;
    }
}
