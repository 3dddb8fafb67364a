using Defis.SharedKernel.Errors;

namespace Defis.Submission.Grpc;

/// <summary>Reads contract enums into domain ones, naming the field when one is unknown (timestamps and dates: ServiceDefaults' ProtoValues).</summary>
internal static class ContractValues
{
    /// <summary>Contract and domain enums share their numbers; only values already checked as known reach this.</summary>
    public static TDomain As<TDomain>(this System.Enum value) where TDomain : struct, System.Enum =>
        (TDomain)System.Enum.ToObject(typeof(TDomain), Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Every item of a repeated enum field must be known; the unknown ones are named by index.</summary>
    public static List<TDomain> KnownEnums<TContract, TDomain>(this FieldViolations errors, string field, IEnumerable<TContract> values)
        where TContract : struct, System.Enum where TDomain : struct, System.Enum
    {
        var items = values.ToList();
        for (var i = 0; i < items.Count; i++)
        {
            errors.KnownEnum($"{field}[{i}]", items[i]);
        }
        return items.Select(v => v.As<TDomain>()).ToList();
    }
}
