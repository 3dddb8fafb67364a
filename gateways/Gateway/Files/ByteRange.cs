using Microsoft.Net.Http.Headers;

namespace Defis.Gateway.Files;

/// <summary>
/// The bytes of a file a download asks for (RFC 9110 §14): one range of a Range header, or the whole file. Several
/// ranges, another unit or a header that does not parse are ignored (the whole file, 200), as the RFC allows.
/// </summary>
public sealed record ByteRange(long Offset, long Length, bool Partial)
{
    /// <summary>The range of <paramref name="header"/> within a file of <paramref name="size"/> bytes; null when unsatisfiable (416).</summary>
    public static ByteRange? Of(string? header, long size)
    {
        var whole = new ByteRange(0, size, Partial: false);
        if (string.IsNullOrWhiteSpace(header) || !RangeHeaderValue.TryParse(header, out var parsed)
            || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || parsed.Ranges.Count != 1)
        {
            return whole;
        }
        var range = parsed.Ranges.Single();
        if (range.From is not { } from)
        {
            // A suffix: the last n bytes.
            var last = Math.Min(range.To ?? 0, size);
            return last <= 0 ? null : new ByteRange(size - last, last, Partial: true);
        }
        if (from >= size)
        {
            return null;
        }
        var to = Math.Min(range.To ?? size - 1, size - 1);
        return new ByteRange(from, to - from + 1, Partial: true);
    }

    /// <summary>The Content-Range of this range in a file of <paramref name="size"/> bytes.</summary>
    public string ContentRange(long size) => $"bytes {Offset}-{Offset + Length - 1}/{size}";
}
