using System.Collections.Frozen;

namespace Defis.SharedKernel;

/// <summary>
/// Where a provider may be based when a call requires "prestataires basés en Europe", by ISO 3166-1 alpha-2 code: the
/// 27 EU members, the other EEA members (Iceland, Liechtenstein, Norway), Switzerland, the United Kingdom and the
/// microstates inside the EU's borders (Andorra, Monaco, San Marino, Vatican City) — 36 codes. Greece is GR (not the
/// EU's "EL"), the United Kingdom GB (not "UK"). One list for filing (Submission) and expenses (Funding), so a
/// provider accepted at filing is never refused at payment; why these: docs/decisions/0008-submission-rules.md.
/// </summary>
public static class EuropeanCountries
{
    // A method, not a static field: mutation testing changes values per test, which a list built once at type
    // initialisation would hide. 36 short strings scanned per budget line cost nothing measurable.
    private static string[] Codes() =>
    [
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
        "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        "IS", "LI", "NO",
        "CH", "GB",
        "AD", "MC", "SM", "VA",
    ];

    public static IReadOnlySet<string> All => Codes().ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string? isoCode) => isoCode is not null && Codes().Contains(isoCode, StringComparer.Ordinal);

    /// <summary>Two ASCII capital letters; whether the code is assigned is not checked, only whether it is accepted.</summary>
    public static bool IsWellFormed(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);
}
