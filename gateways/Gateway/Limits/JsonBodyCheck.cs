using System.Text.Json;

namespace Defis.Gateway.Limits;

/// <summary>
/// A REST body that is not JSON at all gets a 400 at the door, in French and saying where it breaks, rather than
/// the transcoder's technical English. Well-formed JSON with wrong fields still goes to the service, which names
/// each bad field. gRPC bodies are binary and pass untouched.
/// </summary>
public sealed class JsonBodyCheck(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength == 0 || request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            await next(context);
            return;
        }
        request.EnableBuffering();
        try
        {
            // The size limit ran before: the body is bounded, and buffered for the next readers.
            using var _ = await JsonDocument.ParseAsync(request.Body, default, context.RequestAborted);
        }
        catch (JsonException e)
        {
            await GatewayProblem.WriteAsync(context, StatusCodes.Status400BadRequest,
                $"Le corps de la requête n'est pas un JSON valide (ligne {e.LineNumber + 1}, position {e.BytePositionInLine + 1}).");
            return;
        }
        request.Body.Position = 0;
        await next(context);
    }
}
