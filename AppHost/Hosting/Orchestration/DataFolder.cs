using Defis.LocalServers;

namespace Defis.Hosting.Orchestration;

/// <summary>Everything a run keeps: one sub-folder per server, logs, state, ports, keys.</summary>
public sealed class DataFolder(string root)
{
    private const string LockFileName = "apphost.lock";

    public string Root => root;

    public string Logs => Path.Combine(root, "logs");

    public string StateFile => Path.Combine(root, "apphost.json");

    public string LockFile => Path.Combine(root, LockFileName);

    public string PortsFile => Path.Combine(root, "ports.json");

    /// <summary>The dashboard's SQLite telemetry, kept between runs (within its retention limits).</summary>
    public string Telemetry => Path.Combine(root, "telemetry");

    public string ResourceFolder(string resource) => Path.Combine(root, resource);

    public string LogFile(string resource) => Path.Combine(Logs, $"{resource}.log");

    public string SecretFile(string parameter) => Path.Combine(root, parameter);

    public void Create()
    {
        Directory.CreateDirectory(root);
        if (LocalProcess.IsRoot)
        {
            // The postgres and rabbitmq users must be able to reach their own sub-folders.
            File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        }
    }

    /// <summary>Deletes everything but the lock we hold.</summary>
    public void Wipe()
    {
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos())
        {
            if (entry.Name == LockFileName)
            {
                continue;
            }
            if (entry is DirectoryInfo { LinkTarget: null } directory)
            {
                directory.Delete(recursive: true);
            }
            else
            {
                entry.Delete();
            }
        }
    }

    public void CreateLogs() => Directory.CreateDirectory(Logs);
}
