using Defis.Contracts.Jury.V1;

namespace Defis.Portal.Forms;

/// <summary>A person staff seat on a panel: their account, the name and organisation the panel shows, their kind and role.</summary>
public sealed class PanelMemberForm
{
    public const string FormId = "formulaire-membre";

    public string? UserId { get; set; }

    public string? DisplayName { get; set; }

    public string? Organisation { get; set; }

    public MemberKind Kind { get; set; }

    public PanelRole Role { get; set; }

    /// <summary>The member is the request's body: the platform names its fields under "member".</summary>
    public static readonly IReadOnlyList<FormField> Fields =
    [
        new("Membre_UserId", "member.userId", "Identifiant du compte"),
        new("Membre_DisplayName", "member.displayName", "Nom affiché"),
        new("Membre_Organisation", "member.organisation", "Organisation"),
        new("Membre_Kind", "member.kind", "Qualité"),
        new("Membre_Role", "member.role", "Rôle dans le jury"),
    ];

    public PanelMember ToMember() => new()
    {
        UserId = UserId?.Trim() ?? "",
        DisplayName = DisplayName?.Trim() ?? "",
        Organisation = Organisation?.Trim() ?? "",
        Kind = Kind,
        Role = Role,
    };

    /// <summary>
    /// A refusal as the form's errors. The two that name no field say where they belong: someone already on the panel
    /// (409) is about the account, a second president (the one precondition) about the role.
    /// </summary>
    public static FormErrors Refusal(string? body, bool alreadyMember) =>
        FormErrors.FromRefusalAt(alreadyMember ? "member.userId" : "member.role", body, Fields, FormId);
}
