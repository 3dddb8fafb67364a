using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Defis.Benchmarks.Gateway;

/// <summary>One wrk run (HTTP/1.1, keep-alive, closed loop): requests per second and the latency percentiles it measured.</summary>
public sealed record WrkResult(string Door, double RequestsPerSecond, double P50Ms, double P99Ms, long Errors)
{
    public override string ToString() =>
        $"{Door,-24} {RequestsPerSecond,9:N0} req/s   p50 {P50Ms,7:0.00} ms   p99 {P99Ms,7:0.00} ms{(Errors > 0 ? $"   {Errors} errors or non-2xx" : "")}";
}

public static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(string door, Uri url, string bearer, int connections, TimeSpan duration)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-t", "2", "-c", Text(connections), "-d", $"{Text((int)duration.TotalSeconds)}s", "--latency", "--timeout", "10s",
                     "-H", $"Authorization: Bearer {bearer}", url.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed: {await process.StandardError.ReadToEndAsync()}");
        }
        return new WrkResult(door, Number(Rate(), output), Latency("50", output), Latency("99", output), Count(NonSuccess(), output) + SocketErrors(output));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static double Number(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } match ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"Unexpected wrk output:\n{output}");

    private static long Count(Regex pattern, string output) =>
        pattern.Match(output) is { Success: true } match ? long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;

    /// <summary>"Socket errors: connect 0, read 0, write 0, timeout 12" — every number counts.</summary>
    private static long SocketErrors(string output) =>
        SocketLine().Match(output) is { Success: true } match
            ? Regex.Matches(match.Value, "[0-9]+").Sum(m => long.Parse(m.Value, CultureInfo.InvariantCulture)) : 0;

    /// <summary>wrk prints "50%  812.00us", "99%   12.34ms" or "1.02s".</summary>
    private static double Latency(string percentile, string output)
    {
        var match = Regex.Match(output, $@"^\s*{percentile}(?:\.0+)?%\s+([0-9.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        if (!match.Success)
        {
            throw new InvalidOperationException($"wrk printed no {percentile}th percentile:\n{output}");
        }
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex Rate();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+([0-9]+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors:[^\n]*")]
    private static partial Regex SocketLine();
}
