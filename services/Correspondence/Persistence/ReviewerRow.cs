namespace Defis.Correspondence.Persistence;

/// <summary>
/// One of the Jury's assignments of a juror to a dossier, as its events told us. An assignment is made once and ended
/// once, so whichever of the two events arrives first, an ended one stays ended.
/// </summary>
public sealed class ReviewerRow
{
    public Guid AssignmentId { get; set; }

    public Guid DossierId { get; set; }

    public string JurorId { get; set; } = "";

    public bool Ended { get; set; }
}
