namespace Defis.Jury.Domain;

/// <summary>A conflict of interest a juror declared (or staff recorded for them). <see cref="Target"/> is a name, or a dossier id for <see cref="ConflictTargetKind.Dossier"/>.</summary>
public sealed record ConflictDeclaration(
    Guid Id,
    string JurorUserId,
    ConflictTargetKind TargetKind,
    string Target,
    ConflictType Type,
    string? Note,
    string DeclaredBy,
    DateTimeOffset DeclaredAt);

/// <summary>An administrator's explicit, justified decision to let a conflicted juror evaluate one dossier anyway.</summary>
public sealed record ConflictOverride(Guid Id, string JurorUserId, Guid DossierId, string Reason, string GrantedBy, DateTimeOffset GrantedAt);

/// <summary>One reason a juror is in conflict with a dossier; <see cref="Type"/> is set for declared conflicts.</summary>
public sealed record ConflictFinding(ConflictBasis Basis, ConflictType? Type, string Description, Guid? DeclarationId = null);

/// <summary>The conflicts between one juror and one dossier, and the override if an administrator granted one.</summary>
public sealed record ConflictCheck(IReadOnlyList<ConflictFinding> Findings, ConflictOverride? Override)
{
    /// <summary>True when the juror must not evaluate, read or see the scores of the dossier.</summary>
    public bool IsConflicted => Findings.Count > 0 && Override is null;
}
