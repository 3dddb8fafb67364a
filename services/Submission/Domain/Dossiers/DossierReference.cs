namespace Defis.Submission.Domain;

/// <summary>
/// The human reference of a submitted dossier: the programme's code and its filing rank, at least four
/// digits (CB21-0042, then CB21-10000 past 9999). The rank comes from a per-programme counter.
/// </summary>
public static class DossierReference
{
    public static string Format(string programmeCode, long rank) =>
        rank > 0 ? $"{programmeCode}-{rank:0000}" : throw new ArgumentOutOfRangeException(nameof(rank), rank, "Ranks start at 1.");
}
