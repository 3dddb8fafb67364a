namespace Defis.LocalServers.Aspire;

/// <summary>
/// PostgreSQL refuses to run as root and RabbitMQ's files belong to its own user: as root, a server runs
/// through setpriv, which changes user and then execs the server, so the signals DCP sends reach it directly.
/// </summary>
internal static class RunAs
{
    private const string SetPriv = "/usr/bin/setpriv";

    public static (string Command, string[] Arguments) Command(string user, string command, params string[] arguments) =>
        LocalProcess.IsRoot
            ? (SetPriv, [$"--reuid={user}", $"--regid={user}", "--init-groups", "--", command, .. arguments])
            : (command, arguments);
}
