namespace Defis.Jury.Domain;

/// <summary>A juror: a user identity (the identity provider's subject), a display name and the organisation they belong to.</summary>
public sealed record PanelMember(string UserId, string DisplayName, string Organisation, MemberKind Kind, PanelRole Role);
