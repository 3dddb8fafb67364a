namespace Defis.Jury.Domain;

/// <summary>The nature of a declared tie between a juror and what they would evaluate.</summary>
public enum ConflictType
{
    Hierarchical = 1,
    Collaborator = 2,
    Personal = 3,
    Other = 4,
}

/// <summary>What a declaration is against: an organisation (lead structure or partner), a territory, or one dossier.</summary>
public enum ConflictTargetKind
{
    Organisation = 1,
    Territory = 2,
    Dossier = 3,
}

/// <summary>Why a juror is in conflict with a dossier.</summary>
public enum ConflictBasis
{
    /// <summary>The juror declared it.</summary>
    Declared = 1,

    /// <summary>Detected: the juror's organisation leads the dossier.</summary>
    OrganisationLeadsDossier = 2,

    /// <summary>Detected: the juror's organisation is a partner of the dossier.</summary>
    OrganisationIsPartner = 3,
}
