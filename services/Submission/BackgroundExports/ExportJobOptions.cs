namespace Defis.Submission.BackgroundExports;

/// <summary>The background exports' settings (Submission:Exports).</summary>
public sealed class ExportJobOptions
{
    /// <summary>How often the passes look for work when no commit woke them.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a ready file can be downloaded.</summary>
    public TimeSpan KeptFor { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Progress is saved (and the worker's lease renewed) every this many rows.</summary>
    public int ProgressEvery { get; set; } = 500;
}
