using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Defis.LocalServers;
using Npgsql;

namespace Defis.Benchmarking;

/// <summary>PostgreSQL's own load generator on the run's server, in a database of its own: the baseline of what the server can commit.</summary>
public static partial class Pgbench
{
    public const string DatabaseName = "pgbench";

    /// <summary>Drops and creates the <c>pgbench</c> database, so that every run starts from nothing; returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(BenchmarkServers servers)
    {
        await using var admin = new NpgsqlConnection(servers.Database("postgres"));
        await admin.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName}", admin).ExecuteNonQueryAsync();
        await new NpgsqlCommand($"CREATE DATABASE {DatabaseName}", admin).ExecuteNonQueryAsync();
        return servers.Database(DatabaseName);
    }

    /// <summary>Transactions per second of <paramref name="workload"/> (pgbench options) with <paramref name="clients"/> clients on two threads.</summary>
    public static async Task<double> TransactionsPerSecondAsync(BenchmarkServers servers, int clients, TimeSpan duration, params string[] workload)
    {
        var output = await RunAsync(servers, [.. workload, "-c", Text(clients), "-j", "2", "-T", Text((int)duration.TotalSeconds), DatabaseName]);
        var match = Tps().Match(output);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"pgbench printed no tps:\n{output}");
    }

    /// <summary>The same for a custom transaction, run as prepared statements and without pgbench's own tables.</summary>
    public static async Task<double> ScriptTransactionsPerSecondAsync(BenchmarkServers servers, string script, int clients, TimeSpan duration)
    {
        var file = Path.GetTempFileName();
        await File.WriteAllTextAsync(file, script);
        try
        {
            return await TransactionsPerSecondAsync(servers, clients, duration, "-n", "-M", "prepared", "-f", file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    public static async Task<string> RunAsync(BenchmarkServers servers, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(Prerequisites.PostgresBinDirectory(), "pgbench")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-h", "127.0.0.1", "-p", Text(servers.Postgres.Port), "-U", "postgres" }.Concat(arguments))
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

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"tps = ([0-9.]+)")]
    private static partial Regex Tps();
}
