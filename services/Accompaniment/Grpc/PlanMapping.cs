using Defis.ServiceDefaults.Errors;
using Defis.Accompaniment.Domain.CheckIns;
using Defis.Accompaniment.Domain.Connections;
using Defis.Accompaniment.Domain.Milestones;
using Defis.Accompaniment.Domain.Plans;
using Contract = Defis.Contracts.Accompaniment.V1;

namespace Defis.Accompaniment.Grpc;

/// <summary>Domain to contract; contract and domain enums share their numbers.</summary>
internal static class PlanMapping
{
    public static Contract.SupportPlan ToContract(this SupportPlan plan) => new()
    {
        Id = plan.Id.ToString(),
        ProgrammeId = plan.ProgrammeId.ToString(),
        DossierId = plan.DossierId.ToString(),
        Phase = (Contract.Phase)plan.Phase,
        ProjectTitle = plan.Laureate.ProjectTitle,
        Theme = plan.Laureate.Theme,
        Territories = { plan.Laureate.Territories },
        MemberIds = { plan.Laureate.MemberIds.Order(StringComparer.Ordinal) },
        CoachIds = { plan.CoachIds },
        StartsOn = plan.Start.ToContract(),
        EndsOn = plan.End.ToContract(),
        OpenedAt = plan.OpenedAt.ToContract(),
        Milestones = { plan.Milestones.Select(ToContract) },
        ClosedAt = plan.ClosedAt.ToContract(),
        ClosureReason = plan.ClosureReason ?? "",
    };

    public static Contract.Milestone ToContract(this Milestone milestone) => new()
    {
        Id = milestone.Id.ToString(),
        Title = milestone.Title,
        Due = milestone.Due.ToContract(),
        Status = (Contract.MilestoneStatus)milestone.Status,
        EvidenceText = milestone.Evidence?.Text ?? "",
        EvidenceLink = milestone.Evidence?.Link?.AbsoluteUri ?? "",
        SubmittedAt = milestone.SubmittedAt.ToContract(),
        ValidatedAt = milestone.ValidatedAt.ToContract(),
        ValidatedBy = milestone.ValidatedBy ?? "",
        Note = milestone.Note ?? "",
    };

    public static Contract.CheckIn ToContract(this CheckIn checkIn) => new()
    {
        Id = checkIn.Id.ToString(),
        PlanId = checkIn.PlanId.ToString(),
        AuthorId = checkIn.AuthorId,
        SubmittedAt = checkIn.SubmittedAt.ToContract(),
        Progress = checkIn.Progress,
        Risks = checkIn.Risks ?? "",
        HelpNeeded = checkIn.HelpNeeded ?? "",
    };

    public static Contract.PeerSuggestion ToContract(this PeerSuggestion peer) => new()
    {
        DossierId = peer.DossierId.ToString(),
        ProjectTitle = peer.ProjectTitle,
        Score = peer.Score,
        Reasons = { peer.Reasons },
    };

    public static Contract.PlanAssessment ToContract(this PlanAssessment line) => new()
    {
        PlanId = line.PlanId.ToString(),
        DossierId = line.DossierId.ToString(),
        ProjectTitle = line.ProjectTitle,
        CoachIds = { line.CoachIds },
        Health = (Contract.PlanHealth)line.Health,
        Reasons = { line.Reasons },
    };

    public static Contract.ListPlansResponse ToContract(this IEnumerable<SupportPlan> plans) => new() { Plans = { plans.Select(ToContract) } };
}
