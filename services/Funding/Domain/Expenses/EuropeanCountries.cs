namespace Defis.Funding.Domain;

/// <summary>
/// "Providers must be based in Europe", read as: the 27 EU member states, the three other EEA states
/// (Iceland, Liechtenstein, Norway), Switzerland and the United Kingdom. ISO 3166-1 alpha-2 codes:
/// Greece is GR (not the EU's "EL") and the United Kingdom GB (not "UK").
/// Changing this list changes which expenses are accepted: it is a programme decision, not a detail.
/// </summary>
public static class EuropeanCountries
{
    public static readonly IReadOnlySet<string> EuropeanUnion = new HashSet<string>(StringComparer.Ordinal)
    {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
    };

    public static readonly IReadOnlySet<string> Accepted = new HashSet<string>(EuropeanUnion, StringComparer.Ordinal)
    {
        "IS", "LI", "NO", "CH", "GB",
    };

    /// <summary>Two ASCII capital letters; whether the code is assigned is not checked, only whether it is accepted.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);

    public static bool Contains(string code) => Accepted.Contains(code);
}
