namespace Defis.Correspondence.Scanning;

/// <summary>How often pending files are scanned, how many per pass, and how long one scan may take (Correspondence:Scan).</summary>
public sealed class ScanOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(5);

    public int BatchSize { get; set; } = 20;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);
}
