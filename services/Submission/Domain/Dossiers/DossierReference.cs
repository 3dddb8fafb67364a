using System.Text.RegularExpressions;

namespace Defis.Submission.Domain;

/// <summary>
/// The human reference of a submitted dossier: the programme's code and its filing rank, at least four
/// digits (CB21-0042, then CB21-10000 past 9999). The rank comes from a per-programme counter.
/// </summary>
public static partial class DossierReference
{
    public static string Format(string programmeCode, long rank) =>
        rank > 0 ? $"{programmeCode}-{rank:0000}" : throw new ArgumentOutOfRangeException(nameof(rank), rank, "Ranks start at 1.");

    /// <summary>Whether <paramref name="reference"/> could be one (case and surrounding blanks aside), before any lookup.</summary>
    public static bool IsWellFormed(string? reference)
    {
        var text = reference?.Trim().ToUpperInvariant() ?? "";
        var dash = text.LastIndexOf('-');
        return dash > 0 && ProgrammeTermsCheck.IsProgrammeCode(text[..dash]) && RankPattern().IsMatch(text[(dash + 1)..]);
    }

    [GeneratedRegex("^[0-9]{4,9}$")]
    private static partial Regex RankPattern();
}
