using Defis.Contracts.Accompaniment.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>
/// Coach pools, support plans and their milestones (Accompaniment, /api/v1/accompaniment): staff name the coaches,
/// the laureate team sends evidence, a coach of the plan validates it (which may release a tranche in Funding).
/// </summary>
public interface IAccompanimentApi
{
    [Put("/api/v1/accompaniment/programmes/{programmeId}/coaches")]
    Task<CoachPool> SetCoachPoolAsync(string programmeId, [Body] SetCoachPoolRequest request, CancellationToken cancellationToken = default);

    [Get("/api/v1/accompaniment/programmes/{programmeId}/coaches")]
    Task<CoachPool> GetCoachPoolAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>Laureates whose plan cannot open yet (no coach pool, or their filing not received), oldest first (staff).</summary>
    [Get("/api/v1/accompaniment/programmes/{programmeId}/waiting-selections")]
    Task<ListWaitingSelectionsResponse> ListWaitingSelectionsAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>The plans of the caller's own laureate team.</summary>
    [Get("/api/v1/accompaniment/plans/mine")]
    Task<ListPlansResponse> ListMyPlansAsync(CancellationToken cancellationToken = default);

    /// <summary>The plans the calling coach is assigned to.</summary>
    [Get("/api/v1/accompaniment/coach/plans")]
    Task<ListPlansResponse> ListCoachPlansAsync(CancellationToken cancellationToken = default);

    [Get("/api/v1/accompaniment/programmes/{programmeId}/plans")]
    Task<ListPlansResponse> ListProgrammePlansAsync(string programmeId, CancellationToken cancellationToken = default);

    [Get("/api/v1/accompaniment/plans/{planId}")]
    Task<SupportPlan> GetPlanAsync(string planId, CancellationToken cancellationToken = default);

    [Post("/api/v1/accompaniment/plans/{planId}/milestones")]
    Task<SupportPlan> AddMilestoneAsync(string planId, [Body] AddMilestoneRequest request, CancellationToken cancellationToken = default);

    /// <summary>A coach of the plan moves a milestone's due day (on or after the plan's first day).</summary>
    [Post("/api/v1/accompaniment/plans/{planId}/milestones/{milestoneId}/reschedule")]
    Task<SupportPlan> RescheduleMilestoneAsync(string planId, string milestoneId, [Body] RescheduleMilestoneRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/accompaniment/plans/{planId}/milestones/{milestoneId}/start")]
    Task<SupportPlan> StartMilestoneAsync(string planId, string milestoneId, [Body] MilestoneRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/accompaniment/plans/{planId}/milestones/{milestoneId}/evidence")]
    Task<SupportPlan> SubmitEvidenceAsync(string planId, string milestoneId, [Body] SubmitEvidenceRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/accompaniment/plans/{planId}/milestones/{milestoneId}/validate")]
    Task<SupportPlan> ValidateMilestoneAsync(string planId, string milestoneId, [Body] MilestoneRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/accompaniment/plans/{planId}/milestones/{milestoneId}/return")]
    Task<SupportPlan> ReturnMilestoneAsync(string planId, string milestoneId, [Body] ReturnMilestoneRequest request, CancellationToken cancellationToken = default);

    /// <summary>A coach of the plan decides, with a reason, that the milestone no longer applies (it reads « waived »).</summary>
    [Post("/api/v1/accompaniment/plans/{planId}/milestones/{milestoneId}/waive")]
    Task<SupportPlan> WaiveMilestoneAsync(string planId, string milestoneId, [Body] WaiveMilestoneRequest request, CancellationToken cancellationToken = default);

    /// <summary>The laureate team reports progress, risks and the help it needs (its members only).</summary>
    [Post("/api/v1/accompaniment/plans/{planId}/check-ins")]
    Task<CheckIn> RecordCheckInAsync(string planId, [Body] RecordCheckInRequest request, CancellationToken cancellationToken = default);

    /// <summary>The team's check-ins on the plan, for whoever may read the plan.</summary>
    [Get("/api/v1/accompaniment/plans/{planId}/check-ins")]
    Task<ListCheckInsResponse> ListCheckInsAsync(string planId, CancellationToken cancellationToken = default);
}
