using System.Text;

namespace Defis.Hosting.Orchestration;

/// <summary>
/// Follows a resource's log file and hands each new line on (to the console, the dashboard). Processes write
/// to files, never to pipes of ours, so nothing they leave behind can hold a CI job's output open.
/// </summary>
public sealed class LogTail(string file, Action<string> onLine, TimeProvider time)
{
    private long _position = File.Exists(file) ? new FileInfo(file).Length : 0;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pending = new StringBuilder();
        while (!cancellationToken.IsCancellationRequested)
        {
            ReadNewLines(pending);
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                ReadNewLines(pending);
                return;
            }
        }
    }

    private void ReadNewLines(StringBuilder pending)
    {
        try
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length < _position)
            {
                _position = 0; // truncated or replaced
            }
            stream.Position = _position;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            pending.Append(reader.ReadToEnd());
            _position = stream.Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return; // not created yet
        }
        var text = pending.ToString();
        var end = text.LastIndexOf('\n');
        if (end < 0)
        {
            return;
        }
        foreach (var line in text[..end].Split('\n'))
        {
            onLine(line.TrimEnd('\r'));
        }
        pending.Remove(0, end + 1);
    }
}
