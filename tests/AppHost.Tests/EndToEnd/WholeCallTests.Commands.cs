using Defis.LocalServers.Aspire;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    // A dump of a few small databases, a read of the broker's management API: seconds, unless a server hangs.
    private static readonly TimeSpan CommandBound = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The SRE commands, run as the dashboard's buttons run them: the backup holds the filed dossier's reference,
    /// and the queue depths list the consumers' queues of the filing's event.
    /// </summary>
    private async Task CheckCommandsAsync(Cast call, AspirePlatform platform)
    {
        var backup = await platform.ExecuteCommandAsync("postgres", LocalServerCommands.BackupCommand, CommandBound, Cancellation);
        Assert.True(backup.Success, backup.Message);
        output.WriteLine(backup.Message ?? "");
        var dump = Directory.EnumerateFiles(Path.Combine(platform.DataFolder, "backups"), "submission-db.sql", SearchOption.AllDirectories).Single();
        var sql = await File.ReadAllTextAsync(dump, Cancellation);
        Assert.Contains("CREATE TABLE", sql, StringComparison.Ordinal);
        Assert.Contains(call.First.Reference, sql, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.GetDirectoryName(dump)!, "funding-db.sql"));

        var depths = await platform.ExecuteCommandAsync("messaging", LocalServerCommands.QueueDepthsCommand, CommandBound, Cancellation);
        Assert.True(depths.Success, depths.Message);
        output.WriteLine(depths.Message ?? "");
        Assert.Contains(depths.Message!.Split('\n'), line => line.Contains("dossier-submitted", StringComparison.Ordinal) && line.StartsWith("notification", StringComparison.Ordinal));
    }
}
