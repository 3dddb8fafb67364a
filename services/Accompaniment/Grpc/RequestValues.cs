using Defis.SharedKernel.Errors;

namespace Defis.Accompaniment.Grpc;

/// <summary>Request ids and domain checks folded into field errors (timestamps and dates: ServiceDefaults' ProtoValues).</summary>
internal static class RequestValues
{
    /// <summary>An optional id: empty is null, anything else must be a UUID.</summary>
    public static Guid? OptionalId(this FieldViolations errors, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : errors.Id(field, value);

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
