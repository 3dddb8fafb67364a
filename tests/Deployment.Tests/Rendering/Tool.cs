using System.ComponentModel;
using System.Diagnostics;

namespace Defis.Deployment.Tests.Rendering;

/// <summary>Runs a command line tool to its end and gives back what it printed; a failure says what to do.</summary>
public static class Tool
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, string whenMissing)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"{fileName} could not be run ({e.Message}): {whenMissing}", e);
        }
        using (process)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var error = process.StandardError.ReadToEndAsync(timeout.Token);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{fileName} {string.Join(' ', start.ArgumentList)} did not finish within two minutes.");
            }
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{fileName} {string.Join(' ', start.ArgumentList)} exited with {process.ExitCode}:\n{await error}\n{await output}");
            }
            return await output;
        }
    }
}
