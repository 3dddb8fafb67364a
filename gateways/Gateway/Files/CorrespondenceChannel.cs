using Defis.Contracts.Correspondence.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;

namespace Defis.Gateway.Files;

/// <summary>
/// The gateway's own gRPC client of Correspondence, for the REST file routes that stream (multipart upload, ranged
/// download): it rides the transport YARP builds for the service's gRPC cluster, so no resilience handler buffers or
/// times out a 20 MB transfer, and tests replace it as they replace the proxy's. Null without a destination.
/// </summary>
public sealed class CorrespondenceChannel : IDisposable
{
    public const string Service = "correspondence";

    private readonly GrpcChannel? _channel;

    public CorrespondenceChannel(IConfiguration configuration, IForwarderHttpClientFactory clients)
    {
        if (configuration[$"services:{Service}:grpc:0"] is not { Length: > 0 } address)
        {
            return;
        }
        var invoker = clients.CreateClient(new ForwarderHttpClientContext
        {
            ClusterId = $"{Service}-grpc",
            OldConfig = HttpClientConfig.Empty,
            OldMetadata = null,
            OldClient = null,
            NewConfig = HttpClientConfig.Empty,
            NewMetadata = null,
        });
        _channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = new Invoker(invoker), DisposeHttpClient = true });
        Attachments = new Attachments.AttachmentsClient(_channel);
    }

    /// <summary>The files' client, or null when the gateway knows no Correspondence (the routes then answer 503).</summary>
    public Attachments.AttachmentsClient? Attachments { get; }

    /// <summary>The caller's own token goes with the call: the service decides what the caller may touch.</summary>
    public static Metadata Headers(HttpContext context) =>
        context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? new Metadata { { "authorization", authorization } } : [];

    public void Dispose() => _channel?.Dispose();

    private sealed class Invoker(HttpMessageInvoker invoker) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            invoker.SendAsync(request, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                invoker.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
