namespace Defis.SharedKernel.Teams;

/// <summary>
/// An e-mail address as the platform compares it. A token, a filing and a form may spell one person's address with
/// capitals or stray spaces, and a co-editor is recognised only by their address: every copy of a team is kept, and
/// every caller matched, in this one spelling.
/// </summary>
public static class EmailAddress
{
    /// <summary>Trimmed and in lower case (invariant culture, so the same everywhere); "" for none.</summary>
    public static string Normalised(string? email) => email?.Trim().ToLowerInvariant() ?? "";

    /// <summary>A team's list of addresses: each <see cref="Normalised"/>, blanks dropped, once each, in ordinal order.</summary>
    public static IReadOnlyList<string> NormalisedList(IEnumerable<string> emails) =>
        [.. emails.Select(Normalised).Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="email"/> (a token's, never a request's) is one of <paramref name="addresses"/>, kept normalised.</summary>
    public static bool IsAmong(string? email, IEnumerable<string> addresses) =>
        Normalised(email) is { Length: > 0 } address && addresses.Contains(address, StringComparer.Ordinal);
}
