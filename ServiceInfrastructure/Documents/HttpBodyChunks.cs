using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>A write-only stream that sends what is written to it as HttpBody messages of about 64 KiB, so a file leaves the service as it is written.</summary>
public sealed class HttpBodyChunks(IServerStreamWriter<HttpBody> responses, string contentType) : ChunkedOutput(64 * 1024)
{
    protected override Task SendAsync(ReadOnlyMemory<byte> chunk, CancellationToken cancellationToken) =>
        responses.WriteAsync(new HttpBody { ContentType = contentType, Data = ByteString.CopyFrom(chunk.Span) });
}
