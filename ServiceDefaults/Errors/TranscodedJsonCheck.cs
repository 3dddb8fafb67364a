using System.Text.Json;
using Defis.SharedKernel.Errors;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;

namespace Defis.ServiceDefaults.Errors;

/// <summary>
/// Before a REST request reaches JSON transcoding: its JSON body and query values are checked against the request
/// message (<see cref="JsonShape"/>), and every problem is answered at once as 400 with French field errors named as
/// the client spelled them, in the same google.rpc.Status shape as the services' own errors. Malformed JSON is
/// answered with its line and position. Nothing of a client's mistake is logged as a fault.
/// </summary>
public sealed class TranscodedJsonCheck(RequestDelegate next)
{
    /// <summary>The status message of a shape error, distinct from a rule's "champs invalides", so a client (and a contract test) can tell them apart.</summary>
    public const string ShapeMessage = "Le JSON de la requête ne correspond pas au format attendu : voir les champs signalés.";

    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithTypeRegistry(ErrorMapping.DetailTypes));

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is not { } transcoding)
        {
            await next(context);
            return;
        }
        var request = transcoding.MethodDescriptor.InputType;
        var errors = new FieldViolations();
        foreach (var (name, values) in context.Request.Query)
        {
            foreach (var value in values.OfType<string>())
            {
                JsonShape.CheckQueryValue(value, request, name, errors);
            }
        }
        if (BodyMessage(request, transcoding.HttpRule.Body) is { } body && HasBody(context.Request))
        {
            await CheckBodyAsync(context.Request, body, errors);
        }
        if (errors.Any)
        {
            await RefuseAsync(context.Response, errors);
            return;
        }
        await next(context);
    }

    /// <summary>The message the body stands for: the whole request ("*") or one message field of it; null when there is none to check.</summary>
    private static MessageDescriptor? BodyMessage(MessageDescriptor request, string body) => body switch
    {
        "" => null,
        "*" => request,
        _ => request.FindFieldByName(body) is { FieldType: FieldType.Message, IsRepeated: false } field ? field.MessageType : null,
    };

    private static bool HasBody(HttpRequest request) =>
        (request.ContentLength ?? (request.Headers.TransferEncoding.Count > 0 ? 1 : 0)) > 0;

    private static async Task CheckBodyAsync(HttpRequest request, MessageDescriptor message, FieldViolations errors)
    {
        request.EnableBuffering();
        try
        {
            using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
            JsonShape.Check(json.RootElement, message, "", errors);
        }
        catch (JsonException e)
        {
            errors.Add("body", $"JSON mal formé, ligne {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1} : corrigez la syntaxe.");
        }
        request.Body.Position = 0;
    }

    private static Task RefuseAsync(HttpResponse response, FieldViolations errors)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)StatusCode.InvalidArgument,
            Message = ShapeMessage,
            Details =
            {
                Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.BadRequest
                {
                    FieldViolations = { errors.Items.Select(v => new Google.Rpc.BadRequest.Types.FieldViolation { Field = v.Field, Description = v.Description }) },
                }),
            },
        };
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "application/json";
        return response.WriteAsync(Formatter.Format(status), response.HttpContext.RequestAborted);
    }
}
