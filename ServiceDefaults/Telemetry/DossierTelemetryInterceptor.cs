using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace Defis.ServiceDefaults.Telemetry;

/// <summary>
/// Puts the dossier a call touches on its span and its logs (<c>defis.dossier.id</c>, <c>defis.dossier.reference</c>),
/// read from the request (<c>dossier_id</c>, <c>dossier_reference</c>, <c>reference</c>) and from a returned
/// <c>Dossier</c> (<c>id</c>, <c>reference</c>): the dashboard's trace and log filters then find one dossier's whole flow.
/// </summary>
public sealed class DossierTelemetryInterceptor(ILogger<DossierTelemetryInterceptor> logger) : Interceptor
{
    public const string IdAttribute = "defis.dossier.id";
    public const string ReferenceAttribute = "defis.dossier.reference";

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var attributes = Read(request as IMessage, "dossier_id", "dossier_reference", "reference");
        Tag(attributes);
        using var scope = attributes.Count > 0 ? logger.BeginScope(attributes) : null;
        var response = await continuation(request, context);
        if (response is IMessage { Descriptor.Name: "Dossier" } dossier)
        {
            Tag(Read(dossier, "id", null, "reference"));
        }
        return response;
    }

    private static Dictionary<string, object> Read(IMessage? message, string idField, string? referenceField, string otherReferenceField)
    {
        var attributes = new Dictionary<string, object>();
        if (message is null)
        {
            return attributes;
        }
        if (Text(message, idField) is { } id)
        {
            attributes[IdAttribute] = id;
        }
        var reference = (referenceField is null ? null : Text(message, referenceField)) ?? Text(message, otherReferenceField);
        if (reference is not null)
        {
            attributes[ReferenceAttribute] = reference;
        }
        return attributes;
    }

    private static string? Text(IMessage message, string field) =>
        message.Descriptor.FindFieldByName(field) is { FieldType: FieldType.String, IsRepeated: false } descriptor
        && descriptor.Accessor.GetValue(message) is string { Length: > 0 } value
            ? value
            : null;

    private static void Tag(Dictionary<string, object> attributes)
    {
        foreach (var (key, value) in attributes)
        {
            Activity.Current?.SetTag(key, value);
        }
    }
}
