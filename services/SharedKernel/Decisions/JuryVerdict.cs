namespace Defis.SharedKernel.Decisions;

/// <summary>
/// The jury's released outcome for one dossier and phase, as a consumer of DossierSelected / DossierNotSelected
/// learns it. A released decision is corrected by a new decision of a higher revision; events of the two may arrive
/// in any order and any number of times, so every consumer keeps the newest verdict it has seen and ignores older
/// ones: newer means a higher revision, then a later release, then a later decision id (UUID v7). Never arrival order.
/// See docs/decisions/0019-decision-convergence.md.
/// </summary>
public sealed record JuryVerdict(Guid DecisionId, int Revision, DateTimeOffset DecidedAt, bool Selected)
{
    /// <summary>True when this verdict replaces <paramref name="current"/> (none known yet counts as older).</summary>
    public bool Supersedes(JuryVerdict? current) => current is null || CompareTo(current) > 0;

    private int CompareTo(JuryVerdict other)
    {
        var byRevision = Revision.CompareTo(other.Revision);
        if (byRevision != 0)
        {
            return byRevision;
        }
        var byRelease = DecidedAt.CompareTo(other.DecidedAt);
        return byRelease != 0 ? byRelease : DecisionId.CompareTo(other.DecisionId);
    }
}
