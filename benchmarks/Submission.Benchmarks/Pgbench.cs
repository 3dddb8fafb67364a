using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Defis.Benchmarks.Submission;

/// <summary>PostgreSQL's own simple-update benchmark on the same server, as the baseline of what the machine can commit.</summary>
public static partial class Pgbench
{
    private const string Binary = "/usr/lib/postgresql/15/bin/pgbench";

    public static async Task<double> TransactionsPerSecondAsync(Servers servers, int clients, TimeSpan duration)
    {
        await using (var admin = new NpgsqlConnection(servers.Database("postgres")))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand("DROP DATABASE IF EXISTS pgbench", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand("CREATE DATABASE pgbench", admin).ExecuteNonQueryAsync();
        }
        await RunAsync("-i", "-q", "-s", "10", "pgbench");
        var output = await RunAsync("-b", "simple-update", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2",
            "-T", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "pgbench");
        var match = Tps().Match(output);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"pgbench printed no tps:\n{output}");

        async Task<string> RunAsync(params string[] arguments)
        {
            var start = new ProcessStartInfo(Binary) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "-h", "127.0.0.1", "-p", servers.Postgres.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres" }.Concat(arguments))
            {
                start.ArgumentList.Add(argument);
            }
            start.Environment["PGPASSWORD"] = servers.Postgres.Password;
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return process.ExitCode == 0 ? await stdout : throw new InvalidOperationException($"pgbench failed: {await stderr}");
        }
    }

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();
}
