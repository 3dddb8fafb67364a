using Defis.SharedKernel.Errors;
using Google.Protobuf.WellKnownTypes;
using ProtoDate = Google.Type.Date;

namespace Defis.ServiceDefaults.Errors;

/// <summary>
/// Reads the well-known proto types of a request (timestamps, dates) into domain values, naming the field when
/// one is unusable, and writes domain values back into them. One place for every service's gRPC layer.
/// </summary>
public static class ProtoValues
{
    private const string Required = "Ce champ est obligatoire.";

    // Timestamp.ToDateTimeOffset throws outside years 1–9999; a bad request must read as a bad field, not a 500.
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    public static DateTimeOffset? Instant(this FieldViolations errors, string field, Timestamp? value, bool required = true)
    {
        if (value is null)
        {
            if (required)
            {
                errors.Add(field, Required);
            }
            return null;
        }
        if (value.Seconds is < MinSeconds or > MaxSeconds || value.Nanos is < 0 or > 999_999_999)
        {
            errors.Add(field, "Horodatage invalide.");
            return null;
        }
        return value.ToDateTimeOffset();
    }

    public static DateOnly? Day(this FieldViolations errors, string field, ProtoDate? value, bool required = true)
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

    public static Timestamp? ToContract(this DateTimeOffset? instant) => instant is { } value ? Timestamp.FromDateTimeOffset(value) : null;
}
