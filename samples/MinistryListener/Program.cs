using System.Runtime.InteropServices;
using Defis.Client;
using Defis.Client.Http;
using Defis.Samples.MinistryListener;

// A partner ministry following the funding of its programmes: see docs/partners/ministry-listener.md.
ListenerOptions options;
try
{
    options = ListenerOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

using var stop = new CancellationTokenSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

using var identity = new HttpClient { BaseAddress = options.Identity };
using var platform = new DefisClient(options.Gateway, TokenSource.ClientCredentials(identity, options.ClientId, options.ClientSecret));
var state = SequenceState.Load(options.StateFile);
Console.WriteLine($"{options.ClientId} via {options.Gateway}; state in {Path.GetFullPath(options.StateFile)}");
await new Listener(options, platform, state, Console.Out).RunAsync(stop.Token);
return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true; // we stop in order ourselves: the consumer's channel is closed, the state is already on disk
    stop.Cancel();
}
