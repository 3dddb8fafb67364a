namespace Defis.Gateway.Idempotency;

/// <summary>
/// What Redis keeps under an Idempotency-Key: the request's fingerprint and, once it completed, its response.
/// A record without a response is a claim by a request still running.
/// </summary>
public sealed record StoredResponse(string Fingerprint, int? Status = null, Dictionary<string, string>? Headers = null, byte[]? Body = null)
{
    /// <summary>The response headers worth replaying; hop-by-hop and per-response ones (dates, trace ids) are not.</summary>
    public static readonly string[] ReplayedHeaders = ["Content-Type", "Location", "ETag", "grpc-status", "grpc-message"];

    public bool Completed => Status is not null;
}
