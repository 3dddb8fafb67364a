using System.Text.RegularExpressions;

namespace Defis.Dashboard.Resources;

/// <summary>
/// Environment values as the dashboard may show them: whole values of secret-looking names hidden,
/// passwords inside connection strings and URIs replaced, everything else as is.
/// </summary>
public static partial class SecretMasking
{
    public const string Mask = "••••••";

    private static readonly string[] SecretWords = ["PASSWORD", "SECRET", "KEY", "TOKEN", "PWD"];

    public static IReadOnlyDictionary<string, string> Environment(IReadOnlyDictionary<string, string> environment) =>
        environment.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => Value(e.Key, e.Value));

    public static string Value(string name, string value)
    {
        var upper = name.ToUpperInvariant();
        if (SecretWords.Any(upper.Contains))
        {
            return Mask;
        }
        var masked = PasswordPair().Replace(value, m => m.Groups["name"].Value + "=" + Mask);
        return UriCredentials().Replace(masked, m => m.Groups["scheme"].Value + m.Groups["user"].Value + ":" + Mask + "@");
    }

    /// <summary>Password=…; or Pwd=… in ADO.NET-style connection strings, up to the next ';'.</summary>
    [GeneratedRegex(@"(?<name>\b(?:password|pwd|x-otlp-api-key|api-key|apikey))\s*=\s*[^;]*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PasswordPair();

    /// <summary>user:password@ in URIs such as amqp://guest:guest@host.</summary>
    [GeneratedRegex(@"(?<scheme>[a-z][a-z0-9+.-]*://)(?<user>[^:/@\s]*):[^@/\s]*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UriCredentials();
}
