using Defis.SharedKernel.Errors;
using Google.Protobuf.WellKnownTypes;
using ProtoDate = Google.Type.Date;

namespace Defis.Accompaniment.Grpc;

/// <summary>Reads the well-known proto types of a request into domain values, naming the field when one is unusable.</summary>
internal static class RequestValues
{
    private const string Required = "Ce champ est obligatoire.";

    // Timestamp.ToDateTimeOffset throws outside years 1–9999; a bad request must read as a bad field, not a 500.
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    public static DateTimeOffset? Instant(this FieldViolations errors, string field, Timestamp? value, bool required)
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

    public static DateOnly? Day(this FieldViolations errors, string field, ProtoDate? value)
    {
        if (value is null)
        {
            errors.Add(field, Required);
            return null;
        }
        if (value.Year is < 1 or > 9999 || value.Month is < 1 or > 12 || value.Day < 1 || value.Day > DateTime.DaysInMonth(value.Year, value.Month))
        {
            errors.Add(field, "Date invalide (année, mois et jour attendus).");
            return null;
        }
        return new DateOnly(value.Year, value.Month, value.Day);
    }

    /// <summary>An optional id: empty is null, anything else must be a UUID.</summary>
    public static Guid? OptionalId(this FieldViolations errors, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : errors.Id(field, value);

    /// <summary>Parses one required id and throws at once: for requests whose only input is that id.</summary>
    public static Guid RequiredId(string field, string? value)
    {
        var errors = new FieldViolations();
        var id = errors.Id(field, value);
        errors.ThrowIfAny();
        return id;
    }

    public static ProtoDate ToContract(this DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };

    public static Timestamp ToContract(this DateTimeOffset instant) => Timestamp.FromDateTimeOffset(instant);

    public static Timestamp? ToContract(this DateTimeOffset? instant) => instant is { } value ? Timestamp.FromDateTimeOffset(value) : null;

    /// <summary>
    /// Adds what a domain check found to the request's own checks, one violation per field (ours first), so
    /// that every bad field is reported at once. Returns false when the check refused the input.
    /// </summary>
    public static bool Collect(this FieldViolations errors, Action domainCheck, Func<string, string>? fieldPath = null)
    {
        try
        {
            domainCheck();
            return true;
        }
        catch (RequestValidationException domain)
        {
            foreach (var violation in domain.Violations)
            {
                var field = fieldPath?.Invoke(violation.Field) ?? violation.Field;
                if (!errors.Items.Any(e => e.Field == field))
                {
                    errors.Add(field, violation.Description);
                }
            }
            return false;
        }
    }
}
