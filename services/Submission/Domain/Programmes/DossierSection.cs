namespace Defis.Submission.Domain;

/// <summary>The parts of a dossier a call may require before it can be submitted.</summary>
public enum DossierSection
{
    Problem = 1,
    Context = 2,
    PriorityReform = 3,
    ExpectedImpact = 4,
    PriorActions = 5,
    Team = 6,
    Territories = 7,
    Budget = 8,
    ActOfCandidacy = 9,
}
