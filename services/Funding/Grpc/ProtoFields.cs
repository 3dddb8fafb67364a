using Defis.SharedKernel.Errors;

namespace Defis.Funding.Grpc;

/// <summary>
/// The domain names fields in its own words ("amount", "schedule[0].share"); requests name them as the proto
/// does ("lines[2].amount_cents", "schedule[0].share_basis_points"). One translation, used for every check.
/// </summary>
internal static class ProtoFields
{
    public static string Of(string domainField, string prefix = "")
    {
        var dot = domainField.LastIndexOf('.');
        var (path, leaf) = dot < 0 ? ("", domainField) : (domainField[..(dot + 1)], domainField[(dot + 1)..]);
        var protoLeaf = leaf switch
        {
            "amount" => "amount_cents",
            "share" => "share_basis_points",
            _ => leaf,
        };
        return prefix + path + protoLeaf;
    }

    /// <summary>Runs a domain check, reporting its bad fields into <paramref name="errors"/> under proto names instead of throwing.</summary>
    public static void Collect(this FieldViolations errors, Action check, Func<string, string> rename)
    {
        try
        {
            check();
        }
        catch (RequestValidationException e)
        {
            foreach (var violation in e.Violations)
            {
                errors.Add(rename(violation.Field), violation.Description);
            }
        }
    }

    /// <summary>Runs a domain action and re-throws its field errors under proto names.</summary>
    public static T Renamed<T>(Func<T> action, Func<string, string>? rename = null)
    {
        try
        {
            return action();
        }
        catch (RequestValidationException e)
        {
            throw new RequestValidationException(e.Violations.Select(v => v with { Field = (rename ?? (f => Of(f)))(v.Field) }).ToList());
        }
    }
}
