using System.Security.Cryptography;
using System.Text.Json;
using Defis.ServiceDefaults.Security;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Defis.Gateway.Idempotency;

/// <summary>
/// Idempotency-Key on POST: the first request with a key runs and its response is kept; a retry with the same key
/// and the same request gets that response again (Idempotent-Replayed: true), a different request with the key
/// gets 422, and a retry while the first still runs gets 409. Keys belong to the caller: two users never collide. A
/// keyed request runs to its end even when its client leaves, so that the client's retry is answered, not run again.
/// </summary>
public sealed class IdempotencyKeys(RequestDelegate next, IConnectionMultiplexer redis, IOptions<GatewaySettings> settings)
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext context)
    {
        // gRPC calls stream and carry their own retry semantics: keys apply to the REST surface, but not to a file upload,
        // whose body is relayed as it arrives and never held to be fingerprinted (a repeated upload is simply a second file).
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true
            || Limits.UploadRoutes.Includes(context.Request.Path)
            || context.Request.Headers[Header].ToString() is not { Length: > 0 } key)
        {
            await next(context);
            return;
        }
        if (key.Length > 200)
        {
            await GatewayProblem.WriteAsync(context, StatusCodes.Status400BadRequest, "L'en-tête Idempotency-Key ne doit pas dépasser 200 caractères.");
            return;
        }
        var redisKey = new RedisKey($"idempotency:{context.User.FindFirst(Caller.SubjectClaim)?.Value ?? "anonymous"}:{key}");
        var fingerprint = await FingerprintAsync(context.Request);
        var database = redis.GetDatabase();
        if (await database.StringSetAsync(redisKey, Serialize(new StoredResponse(fingerprint)), settings.Value.IdempotencyClaim, When.NotExists))
        {
            await RunAndKeepAsync(context, database, redisKey, fingerprint);
            return;
        }
        await AnswerFromStoreAsync(context, database, redisKey, fingerprint);
    }

    private async Task RunAndKeepAsync(HttpContext context, IDatabase database, RedisKey redisKey, string fingerprint)
    {
        using var capture = ResponseCapture.Start(context);
        // A client that gives up waiting (its own timeout) may retry with the same key. Were the service's call cancelled
        // with the client's, the service might still have acted while the key was released, and the retry would act again.
        // So the request is seen through, within the key's claim, and the retry gets its response (decision 0035).
        var client = context.RequestAborted;
        using var claim = new CancellationTokenSource(settings.Value.IdempotencyClaim);
        context.RequestAborted = claim.Token;
        try
        {
            await next(context);
        }
        catch
        {
            await database.KeyDeleteAsync(redisKey);
            throw;
        }
        finally
        {
            context.RequestAborted = client;
        }
        // A server error may be transient: the key is released so that the client's retry runs again.
        if (context.Response.StatusCode >= 500)
        {
            await database.KeyDeleteAsync(redisKey);
        }
        else
        {
            var headers = StoredResponse.ReplayedHeaders
                .Where(name => context.Response.Headers.ContainsKey(name))
                .ToDictionary(name => name, name => context.Response.Headers[name].ToString());
            var stored = new StoredResponse(fingerprint, context.Response.StatusCode, headers, capture.Body);
            await database.StringSetAsync(redisKey, Serialize(stored), settings.Value.IdempotencyRetention);
        }
        if (!client.IsCancellationRequested)
        {
            await capture.ReleaseAsync();
        }
    }

    private static async Task AnswerFromStoreAsync(HttpContext context, IDatabase database, RedisKey redisKey, string fingerprint)
    {
        var value = await database.StringGetAsync(redisKey);
        var stored = value.HasValue ? JsonSerializer.Deserialize<StoredResponse>((string)value!) : null;
        if (stored is null)
        {
            // The first request failed and released the key between our two reads: the client may simply retry.
            await GatewayProblem.WriteAsync(context, StatusCodes.Status409Conflict, "La requête précédente avec cette clé Idempotency-Key vient d'échouer : réessayez.");
        }
        else if (stored.Fingerprint != fingerprint)
        {
            await GatewayProblem.WriteAsync(context, StatusCodes.Status422UnprocessableEntity,
                "Cette clé Idempotency-Key a déjà servi pour une requête différente.");
        }
        else if (!stored.Completed)
        {
            await GatewayProblem.WriteAsync(context, StatusCodes.Status409Conflict, "Une requête avec cette clé Idempotency-Key est encore en cours.");
        }
        else
        {
            await ReplayAsync(context, stored);
        }
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        context.Response.StatusCode = stored.Status!.Value;
        foreach (var (name, value) in stored.Headers ?? [])
        {
            context.Response.Headers[name] = value;
        }
        context.Response.Headers[ReplayedHeader] = "true";
        await context.Response.Body.WriteAsync(stored.Body ?? [], context.RequestAborted);
    }

    /// <summary>The same request means the same method, path, query and body bytes.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }

    private static string Serialize(StoredResponse stored) => JsonSerializer.Serialize(stored);
}
