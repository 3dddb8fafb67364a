using Yarp.ReverseProxy.Forwarder;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>
/// The gateway's routes come from services:{name}:http:0 as in production; only the last hop differs: the requests
/// of cluster "{name}-http" go to that service's in-process test server instead of a socket.
/// </summary>
public sealed class InProcessForwarding(IReadOnlyDictionary<string, Func<HttpMessageHandler>> services) : IForwarderHttpClientFactory
{
    public HttpMessageInvoker CreateClient(ForwarderHttpClientContext context)
    {
        var service = context.ClusterId[..context.ClusterId.LastIndexOf('-')];
        return new HttpMessageInvoker(services[service](), disposeHandler: true);
    }
}
