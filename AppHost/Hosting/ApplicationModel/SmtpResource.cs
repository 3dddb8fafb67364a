using Defis.LocalServers;
using Defis.Hosting.Orchestration;

namespace Defis.Hosting;

/// <summary>
/// A local SMTP server that keeps every mail instead of sending it (the role MailPit or MailDev play under Aspire);
/// the captured mails are files under its data folder's mail/new.
/// </summary>
public sealed class SmtpResource(string name) : ServerResource(name)
{
    internal override void CheckPrerequisites() => Prerequisites.SmtpCapture();

    internal override ILocalServer CreateServer(string folder, PortAssignments ports) =>
        new LocalSmtp(folder, ports.Get($"{Name}:smtp"));

    internal override IReadOnlyDictionary<string, int> Ports() =>
        Server is { } server ? new Dictionary<string, int> { ["smtp"] = server.Port } : new Dictionary<string, int>();

    internal override IReadOnlyDictionary<string, string> Urls() =>
        Server is LocalSmtp server ? new Dictionary<string, string> { ["smtp"] = server.ConnectionString, ["mail"] = $"file://{server.MailFolder}/new" }
            : new Dictionary<string, string>();

    internal override string CommandMarker(string folder) => $"127.0.0.1:{Server?.Port}";

    internal override string? LogFile(string folder) => Path.Combine(folder, "smtp.log");
}
