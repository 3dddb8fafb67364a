namespace Defis.Accompaniment.Domain.Plans;

/// <summary>
/// A dossier selected for a phase, as the Jury announces it: what the plan needs to know of the project
/// (its theme and territories, for peer connections) and which users form its team.
/// </summary>
public sealed record Laureate(Guid ProgrammeId, Guid DossierId, Phase Phase, string ProjectTitle, string Theme,
    IReadOnlyList<string> Territories, IReadOnlySet<string> MemberIds)
{
    public bool HasMember(string userId) => MemberIds.Contains(userId);
}
