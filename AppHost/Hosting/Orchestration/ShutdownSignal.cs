using System.Runtime.InteropServices;

namespace Defis.Hosting.Orchestration;

/// <summary>Ctrl+C and SIGTERM ask for an orderly stop; the process then exits on its own, leaving nothing behind.</summary>
public sealed class ShutdownSignal : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    private readonly PosixSignalRegistration[] _registrations;

    public ShutdownSignal(ConsoleReporter console)
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(signal =>
            PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                console.Info(_requested.IsCancellationRequested ? "Still stopping, please wait." : $"{context.Signal}: stopping.");
                Request();
            }))];
    }

    public CancellationToken Token => _requested.Token;

    public void Request()
    {
        try
        {
            _requested.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already stopped.
        }
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _requested.Dispose();
    }
}
