using System.Diagnostics;

namespace Defis.Benchmarking;

/// <summary>
/// This process's CPU time over a measure (the service under test and its load generator share it), per unit of work:
/// what a change to the service's code moves, whatever the waits on locks and the other processes on the cores do.
/// </summary>
public sealed class ProcessCpu
{
    private readonly TimeSpan _start = Process.GetCurrentProcess().TotalProcessorTime;

    public static ProcessCpu Start() => new();

    public double MillisecondsPer(int units) =>
        units == 0 ? double.NaN : (Process.GetCurrentProcess().TotalProcessorTime - _start).TotalMilliseconds / units;
}
