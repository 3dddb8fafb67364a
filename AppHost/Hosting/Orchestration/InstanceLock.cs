namespace Defis.Hosting.Orchestration;

/// <summary>
/// One AppHost per data folder: an exclusive lock (flock, released by the kernel when the process
/// ends, even when killed), so a second AppHost says so instead of colliding with the first.
/// </summary>
public sealed class InstanceLock : IDisposable
{
    private readonly FileStream _stream;

    private InstanceLock(FileStream stream) => _stream = stream;

    public static InstanceLock? TryAcquire(string path)
    {
        try
        {
            return new InstanceLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException)
        {
            return null;
        }
    }

    public void Dispose() => _stream.Dispose();
}
