namespace Defis.Correspondence.Domain.Attachments;

/// <summary>
/// clamd's answer to one INSTREAM scan: "stream: OK", "stream: &lt;signature&gt; FOUND", or an error
/// ("INSTREAM size limit exceeded. ERROR", "...: ... ERROR"), which leaves the file pending for another try.
/// </summary>
public sealed record ScanVerdict(bool IsClean, string? Threat, string? Error)
{
    public bool IsInfected => Threat is not null;

    public static ScanVerdict Parse(string reply)
    {
        var text = reply.TrimEnd('\0', '\n', '\r', ' ');
        var body = text.StartsWith("stream:", StringComparison.Ordinal) ? text["stream:".Length..].Trim() : text;
        if (body == "OK")
        {
            return new ScanVerdict(true, null, null);
        }
        if (body.EndsWith(" FOUND", StringComparison.Ordinal))
        {
            return new ScanVerdict(false, body[..^" FOUND".Length].Trim(), null);
        }
        return new ScanVerdict(false, null, text.Length == 0 ? "Réponse vide du scanner." : text);
    }
}
