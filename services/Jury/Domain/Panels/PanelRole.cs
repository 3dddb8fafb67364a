namespace Defis.Jury.Domain;

/// <summary>A member's role on a panel. The president alone reopens reviews and stages/releases decisions.</summary>
public enum PanelRole
{
    President = 1,
    Rapporteur = 2,
    Member = 3,
}

/// <summary>Where a juror comes from: the calls' juries mix outside experts and public agents.</summary>
public enum MemberKind
{
    Expert = 1,
    PublicAgent = 2,
}
