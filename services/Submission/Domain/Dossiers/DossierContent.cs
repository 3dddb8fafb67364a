namespace Defis.Submission.Domain;

/// <summary>What the team writes in a dossier; an edit replaces it whole.</summary>
public sealed record DossierContent(
    string Title,
    LeadStructure Lead,
    string ContactEmail,
    string Theme,
    DossierDetails Details);

public sealed record LeadStructure(string Name, LeadStructureType Type, string? Siret = null);

/// <summary>The dossier's body, kept as one document.</summary>
public sealed record DossierDetails(
    MaturityLevel? Maturity,
    Narrative Narrative,
    IReadOnlyList<Partner> Partners,
    IReadOnlyList<TeamMember> Team,
    IReadOnlyList<Territory> Territories,
    Budget Budget,
    ActOfCandidacy? ActOfCandidacy)
{
    public static DossierDetails Empty { get; } = new(null, Narrative.Empty, [], [], [], Budget.Empty, null);

    /// <summary>Several organisations or several territories: the call may then allow a larger request.</summary>
    public bool IsCollective => Partners.Count > 0 || Territories.Count > 1;
}

/// <summary>The team's intentions and what it already did.</summary>
public sealed record Narrative(
    string Problem,
    string Context,
    string PriorityReform,
    string ImpactForAgents,
    string ImpactForUsers,
    string PriorActions,
    string LessonsLearnt)
{
    public static Narrative Empty { get; } = new("", "", "", "", "", "", "");
}

public enum PartnerKind
{
    StateService = 1,
    StateOperator = 2,
    LocalAuthority = 3,
    TerritorialLab = 4,
    NonProfit = 5,
    Company = 6,
    Research = 7,
}

/// <summary>Another organisation carrying the challenge with the lead; a territory when it is a local authority.</summary>
public sealed record Partner(string Name, PartnerKind Kind, Territory? Territory = null);

public sealed record TeamMember(string Name, string Role, string Email, bool IsPublicAgent);

public enum TerritoryKind
{
    Department = 1,
    Commune = 2,
}

/// <summary>Where the solution is tried, by INSEE code.</summary>
public sealed record Territory(TerritoryKind Kind, string Code)
{
    public bool IsValid => Kind switch
    {
        TerritoryKind.Department => InseeCode.IsDepartment(Code),
        TerritoryKind.Commune => InseeCode.IsCommune(Code),
        _ => false,
    };

    /// <summary>Stable text form used for filtering, e.g. "D:69" or "C:69123".</summary>
    public string Key => $"{(Kind == TerritoryKind.Department ? 'D' : 'C')}:{Code}";
}

public enum SignatoryLevel
{
    Minister = 1,
    Prefect = 2,
    DirectorGeneral = 3,
    Director = 4,
    HeadOfService = 5,
    ElectedOfficial = 6,
    Other = 7,
}

/// <summary>The head of the lead structure commits it to the candidacy.</summary>
public sealed record ActOfCandidacy(string SignatoryName, string Position, SignatoryLevel Level, DateOnly? SignedOn, bool Signed);
