using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>The jury of one programme for one phase: its members and their roles (at most one president).</summary>
public sealed class Panel : AuditedAggregate
{
    private readonly List<PanelMember> _members = [];

    private Panel()
    {
    }

    public Guid Id { get; private set; }

    public string ProgrammeCode { get; private set; } = "";

    public Phase Phase { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<PanelMember> Members => _members;

    public PanelMember? President => _members.Find(m => m.Role == PanelRole.President);

    public static Panel Create(string programmeCode, Phase phase, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        new FieldViolations()
            .RequiredText("programme_code", programmeCode, JuryLimits.ProgrammeCode)
            .KnownEnum("phase", phase)
            .ThrowIfAny();
        var panel = new Panel
        {
            Id = Guid.CreateVersion7(now),
            ProgrammeCode = programmeCode.Trim().ToUpperInvariant(),
            Phase = phase,
            CreatedAt = now,
        };
        panel.Audit(now, actor.UserId, AuditAction.PanelCreated, panel.Id, $"Jury créé pour l'appel {panel.ProgrammeCode}, phase {phase}.");
        return panel;
    }

    public PanelMember? Find(string userId) => _members.Find(m => m.UserId == userId);

    public bool IsPresident(string userId) => Find(userId)?.Role == PanelRole.President;

    public PanelMember AddMember(PanelMember candidate, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        new FieldViolations()
            .RequiredText("user_id", candidate.UserId, JuryLimits.UserId)
            .RequiredText("display_name", candidate.DisplayName, JuryLimits.Name)
            .RequiredText("organisation", candidate.Organisation, JuryLimits.Name)
            .KnownEnum("kind", candidate.Kind)
            .KnownEnum("role", candidate.Role)
            .ThrowIfAny();
        var member = candidate with
        {
            UserId = candidate.UserId.Trim(),
            DisplayName = candidate.DisplayName.Trim(),
            Organisation = candidate.Organisation.Trim(),
        };
        if (Find(member.UserId) is not null)
        {
            throw new ConflictException($"Le juré '{member.UserId}' est déjà membre de ce jury.", alreadyExists: true);
        }
        EnsureSinglePresident(member.Role, member.UserId);
        _members.Add(member);
        Audit(now, actor.UserId, AuditAction.PanelMemberAdded, Id,
            $"{member.DisplayName} ({member.Organisation}) ajouté comme {member.Role}.", jurorUserId: member.UserId);
        return member;
    }

    public void ChangeRole(string userId, PanelRole role, Actor actor, DateTimeOffset now)
    {
        actor.EnsureProgrammeStaff();
        new FieldViolations().KnownEnum("role", role).ThrowIfAny();
        var member = Find(userId) ?? throw new NotFoundException("Juré", userId);
        EnsureSinglePresident(role, userId);
        _members[_members.IndexOf(member)] = member with { Role = role };
        Audit(now, actor.UserId, AuditAction.PanelMemberRoleChanged, Id, $"Rôle de {member.DisplayName} : {member.Role} → {role}.", jurorUserId: userId);
    }

    /// <summary>The president alone may perform this action.</summary>
    public void EnsurePresident(Actor actor, string action)
    {
        if (!IsPresident(actor.UserId))
        {
            throw new PermissionDeniedException($"Seul le président du jury peut {action}.");
        }
    }

    private void EnsureSinglePresident(PanelRole role, string userId)
    {
        if (role == PanelRole.President && President is { } current && current.UserId != userId)
        {
            throw new PreconditionFailedException("PANEL_HAS_PRESIDENT", Id.ToString(),
                $"Ce jury a déjà un président ({current.DisplayName}) : changez d'abord son rôle.");
        }
    }
}
