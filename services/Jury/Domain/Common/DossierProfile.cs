namespace Defis.Jury.Domain;

/// <summary>
/// What the Jury knows of a filed dossier (fed by Submission's events): enough to detect conflicts
/// of interest, order ties and run the instruction clock. <paramref name="Reference"/> is the human
/// reference (e.g. "DCB18-0042").
/// </summary>
public sealed record DossierProfile(
    Guid Id,
    string Reference,
    string ProgrammeCode,
    DateTimeOffset FiledAt,
    string LeadStructure,
    IReadOnlyList<string> Partners,
    IReadOnlyList<string> Territories)
{
    /// <summary>The deterministic order used whenever dossiers must be processed one by one: earliest filing first.</summary>
    public static int CompareByFiling(DossierProfile a, DossierProfile b)
    {
        var byFiling = a.FiledAt.UtcDateTime.CompareTo(b.FiledAt.UtcDateTime);
        if (byFiling != 0)
        {
            return byFiling;
        }
        var byReference = string.CompareOrdinal(a.Reference, b.Reference);
        return byReference != 0 ? byReference : a.Id.CompareTo(b.Id);
    }
}
