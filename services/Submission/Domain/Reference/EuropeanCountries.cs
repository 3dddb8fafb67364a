using System.Collections.Frozen;

namespace Defis.Submission.Domain;

/// <summary>
/// Where a provider may be based when a call requires providers in Europe, by ISO 3166-1 alpha-2 code:
/// the 27 EU members, the other EEA members (Iceland, Liechtenstein, Norway), Switzerland, the United
/// Kingdom and the microstates inside the EU's borders (Andorra, Monaco, San Marino, Vatican City).
/// The list and why are in docs/decisions/0008-submission-rules.md.
/// </summary>
public static class EuropeanCountries
{
    // Listed by a method rather than a static field so that each call reads the list: a test then sees any change to it.
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
}
