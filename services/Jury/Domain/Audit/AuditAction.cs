namespace Defis.Jury.Domain;

/// <summary>What an audit entry records.</summary>
public enum AuditAction
{
    PanelCreated = 1,
    PanelMemberAdded = 2,
    PanelMemberRoleChanged = 3,
    GridCreated = 10,
    GridCriteriaReplaced = 11,
    GridVersionCreated = 12,
    GridFrozen = 13,
    ConflictDeclared = 20,
    ConflictOverridden = 21,
    ReviewerAssigned = 30,
    ReviewerReassigned = 31,
    ReviewerWithdrawn = 32,
    ReviewSubmitted = 40,
    ScoreChanged = 41,
    ReviewReopened = 42,
    DecisionOpened = 50,
    SelectionStaged = 51,
    SelectionWithdrawn = 52,
    DecisionReleased = 53,
    DossierPurged = 60,
}
