using System.Text;

namespace Defis.ServiceDefaults.Errors;

/// <summary>
/// Field paths as a REST client wrote them: the proto names of a path ("budget.lines[1].provider_country") in their
/// JSON spelling ("budget.lines[1].providerCountry"), the lowerCamelCase protobuf gives every field in JSON.
/// </summary>
public static class JsonFieldNames
{
    public static string ToJsonPath(string protoPath)
    {
        var json = new StringBuilder(protoPath.Length);
        var upperNext = false;
        foreach (var c in protoPath)
        {
            if (c == '_')
            {
                upperNext = true;
                continue;
            }
            json.Append(upperNext && char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }
        return json.ToString();
    }
}
