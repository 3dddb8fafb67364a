namespace Defis.LocalServers;

/// <summary>What <see cref="LocalProcess.Start(LocalProcessStart)"/> runs: a shell command whose output goes to a log file.</summary>
public sealed record LocalProcessStart(string Command, string LogFile)
{
    /// <summary>The user to run as when we are root (servers that refuse root).</summary>
    public string? RunAsUser { get; init; }

    public string? WorkingDirectory { get; init; }

    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Inherited variables the process must not see (ours would otherwise leak into it).</summary>
    public IReadOnlyCollection<string>? RemovedVariables { get; init; }
}
