namespace Defis.LocalServers;

/// <summary>
/// An SMTP capture server for development and tests: aiosmtpd (Debian package python3-aiosmtpd) bound to
/// 127.0.0.1, storing every message it accepts, unsent, in the Maildir <see cref="MailFolder"/> (one file per mail
/// in its "new" folder). Nothing leaves the machine.
/// </summary>
public sealed class LocalSmtp(string folder, int port) : ILocalServer
{
    // The system interpreter: the Debian module is not visible to a pyenv or venv python3 earlier on PATH.
    private const string Python = "/usr/bin/python3";
    private System.Diagnostics.Process? _process;

    public string Name => "smtp";

    public int Port => port;

    /// <summary>Aspire-style "smtp://host:port" (ConnectionStrings__smtp).</summary>
    public string ConnectionString => $"smtp://127.0.0.1:{port}";

    public string MailFolder => Path.Combine(folder, "mail");

    public int? ProcessId => _process is { HasExited: false } p ? p.Id : null;

    public bool IsRunning => ProcessId is not null;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Python) || !Directory.Exists("/usr/lib/python3/dist-packages/aiosmtpd"))
        {
            throw new InvalidOperationException($"The SMTP capture server is not installed (Debian package 'python3-aiosmtpd' missing). {Prerequisites.SetupHint}");
        }
        Directory.CreateDirectory(folder);
        var command = $"{Python} -m aiosmtpd --nosetuid --smtputf8 --listen 127.0.0.1:{port} " +
                      $"--class aiosmtpd.handlers.Mailbox {LocalProcess.Quote(MailFolder)}";
        _process = LocalProcess.Start(command, Path.Combine(folder, "smtp.log"), runAsUser: null);
        await FreePort.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(15), "SMTP capture", () => !_process.HasExited);
    }

    /// <summary>The raw RFC 5322 text of every captured mail, oldest first.</summary>
    public IReadOnlyList<string> CapturedMessages()
    {
        var inbox = Path.Combine(MailFolder, "new");
        return Directory.Exists(inbox)
            ? Directory.EnumerateFiles(inbox).Select(file => new FileInfo(file)).OrderBy(f => f.LastWriteTimeUtc)
                .Select(f => File.ReadAllText(f.FullName)).ToList()
            : [];
    }

    public async Task StopAsync()
    {
        if (_process is { } process)
        {
            await LocalProcess.StopAsync(process.Id, LocalProcess.SigTerm, TimeSpan.FromSeconds(10));
            process.Dispose();
            _process = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
