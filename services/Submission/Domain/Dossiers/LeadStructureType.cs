namespace Defis.Submission.Domain;

/// <summary>The kinds of administration that may lead a dossier (which ones a call allows is the call's rule).</summary>
public enum LeadStructureType
{
    CentralAdministration = 1,
    StateOperator = 2,
    TerritorialAdministration = 3,
    LocalAuthorityWithStateService = 4,
}
