namespace Defis.Submission.Domain;

/// <summary>One phase of a call: its dates and, when it is funded, the grant range per dossier in cents.</summary>
public sealed record PhaseTerms(Phase Phase, DateOnly StartsOn, DateOnly? EndsOn, long MinGrantCents = 0, long MaxGrantCents = 0)
{
    public bool IsFunded => MaxGrantCents > 0;
}
