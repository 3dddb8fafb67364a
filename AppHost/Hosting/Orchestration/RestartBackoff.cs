namespace Defis.Hosting.Orchestration;

/// <summary>1 s, 2 s, 4 s … up to 30 s between restarts of a crashing project; a run that stayed up a minute resets it.</summary>
public static class RestartBackoff
{
    public static readonly TimeSpan StableRun = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Maximum = TimeSpan.FromSeconds(30);

    public static TimeSpan Delay(int consecutiveCrashes) =>
        TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Max(0, consecutiveCrashes - 1)), Maximum.TotalSeconds));
}
