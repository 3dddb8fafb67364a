using Defis.SharedKernel.Errors;
using Google.Protobuf.WellKnownTypes;

namespace Defis.Jury.Grpc;

/// <summary>Reads request values into domain values, naming the field when one is unusable.</summary>
internal static class RequestValues
{
    /// <param name="others">The request's other checks, so that every bad field is named in one answer.</param>
    public static (Guid PanelId, Guid DossierId) PanelAndDossier(string panelId, string dossierId, Action<FieldViolations>? others = null)
    {
        var errors = new FieldViolations();
        var ids = (errors.Id("panel_id", panelId), errors.Id("dossier_id", dossierId));
        others?.Invoke(errors);
        errors.ThrowIfAny();
        return ids;
    }

    /// <summary>Contract and domain enums share their numbers; the domain checks the value is known.</summary>
    public static TDomain As<TDomain>(this System.Enum value) where TDomain : struct, System.Enum =>
        (TDomain)System.Enum.ToObject(typeof(TDomain), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The UNSPECIFIED zero of an optional choice reads as "not given".</summary>
    public static TDomain? Optional<TDomain>(this System.Enum value) where TDomain : struct, System.Enum =>
        Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) == 0 ? null : value.As<TDomain>();

    /// <summary>Runs a domain step whose field names are relative to a request's sub-message, and prefixes them (e.g. "member.user_id").</summary>
    public static T Under<T>(string prefix, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (RequestValidationException e)
        {
            throw new RequestValidationException(e.Violations.Select(v => v with { Field = $"{prefix}.{v.Field}" }).ToArray());
        }
    }

    public static Timestamp ToContract(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    public static Timestamp? ToContract(this DateTimeOffset? instant) => instant is { } value ? Timestamp.FromDateTimeOffset(value) : null;
}
