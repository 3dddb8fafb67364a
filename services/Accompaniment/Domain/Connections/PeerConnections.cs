using System.Globalization;
using System.Text;
using Defis.Accompaniment.Domain.Plans;

namespace Defis.Accompaniment.Domain.Connections;

/// <summary>A peer laureate worth meeting, and why (French, shown as is).</summary>
public sealed record PeerSuggestion(Guid DossierId, string ProjectTitle, int Score, IReadOnlyList<string> Reasons);

/// <summary>
/// Suggests peer laureates working on the same theme or in the same territory. Scoring: the same theme
/// weighs 2, each shared territory 1. Ranking is deterministic: score, then a shared theme before
/// territories only, then project title (ordinal), then dossier id. Names are matched without regard to
/// case, accents or spacing ("Île-de-France" = "ile-de-france"); reasons quote the peer's own spelling.
/// </summary>
public static class PeerConnections
{
    public const int ThemeWeight = 2;
    public const int TerritoryWeight = 1;

    public static IReadOnlyList<PeerSuggestion> Suggest(Laureate project, IEnumerable<Laureate> laureates, int max = 5) =>
        [.. laureates
            .Where(peer => peer.DossierId != project.DossierId)
            .DistinctBy(peer => peer.DossierId)
            .Select(peer => Compare(project, peer))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Reasons[0].StartsWith(SameTheme, StringComparison.Ordinal))
            .ThenBy(s => s.ProjectTitle, StringComparer.Ordinal)
            .ThenBy(s => s.DossierId)
            .Take(Math.Max(0, max))];

    private const string SameTheme = "même thème : ";
    private const string SameTerritory = "même territoire : ";

    private static PeerSuggestion Compare(Laureate project, Laureate peer)
    {
        List<string> reasons = [];
        if (Key(project.Theme).Length > 0 && Key(project.Theme) == Key(peer.Theme))
        {
            reasons.Add(SameTheme + peer.Theme.Trim());
        }
        var ours = project.Territories.Select(Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var shared = peer.Territories.Where(t => ours.Contains(Key(t))).DistinctBy(Key).ToList();
        reasons.AddRange(shared.Select(t => SameTerritory + t.Trim()));
        var score = (reasons.Count - shared.Count) * ThemeWeight + shared.Count * TerritoryWeight;
        return new(peer.DossierId, peer.ProjectTitle, score, reasons);
    }

    /// <summary>Lower case, no accents, single spaces, hyphens as spaces: how two people may spell one place.</summary>
    private static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }
        var letters = name.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            .Select(c => c is '-' or '\'' or '’' ? ' ' : char.ToLowerInvariant(c));
        return string.Join(' ', new string([.. letters]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
