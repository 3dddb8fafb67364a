using Defis.SharedKernel.Errors;
using Google.Protobuf.WellKnownTypes;
using ProtoDate = Google.Type.Date;

namespace Defis.Submission.Grpc;

/// <summary>Reads the well-known proto types of a request into domain values, naming the field when one is unusable.</summary>
internal static class ContractValues
{
    private const string Required = "Ce champ est obligatoire.";

    // Timestamp.ToDateTimeOffset throws outside years 1–9999; a bad request must read as a bad field, not a 500.
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    public static DateTimeOffset Instant(this FieldViolations errors, string field, Timestamp? value)
    {
        if (value is null)
        {
            errors.Add(field, Required);
            return DateTimeOffset.MinValue;
        }
        if (value.Seconds is < MinSeconds or > MaxSeconds || value.Nanos is < 0 or > 999_999_999)
        {
            errors.Add(field, "Horodatage invalide.");
            return DateTimeOffset.MinValue;
        }
        return value.ToDateTimeOffset();
    }

    public static DateOnly? Day(this FieldViolations errors, string field, ProtoDate? value, bool required)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, Required);
            }
            return null;
        }
        if (value.Year is < 1 or > 9999 || value.Month is < 1 or > 12 || value.Day < 1 || value.Day > DateTime.DaysInMonth(value.Year, value.Month))
        {
            errors.Add(field, "Date invalide (année, mois et jour attendus).");
            return null;
        }
        return new DateOnly(value.Year, value.Month, value.Day);
    }

    public static ProtoDate ToContract(this DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    public static Timestamp ToContract(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

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
