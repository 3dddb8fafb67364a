using Defis.Contracts.Jury.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>
/// Panels, grids, conflicts, assignments, reviews, ranking and decisions (Jury, /api/v1/jury). Staff set up the panel,
/// jurors review what they are assigned, the president stages and releases the decisions.
/// </summary>
public interface IJuryApi
{
    [Post("/api/v1/jury/panels")]
    Task<Panel> CreatePanelAsync([Body] CreatePanelRequest request, CancellationToken cancellationToken = default);

    [Get("/api/v1/jury/panels/{panelId}")]
    Task<Panel> GetPanelAsync(string panelId, CancellationToken cancellationToken = default);

    [Post("/api/v1/jury/panels/{panelId}/members")]
    Task<Panel> AddMemberAsync(string panelId, [Body] PanelMember member, CancellationToken cancellationToken = default);

    /// <summary>The panels the caller sits on, with their role on each (jurors and presidents), by call then phase.</summary>
    [Get("/api/v1/jury/me/panels")]
    Task<ListMyPanelsResponse> ListMyPanelsAsync(CancellationToken cancellationToken = default);

    /// <summary>The call's panels by phase (programme staff); 404 until Jury has received the call's publication.</summary>
    [Get("/api/v1/jury/programmes/{programmeCode}/panels")]
    Task<ListProgrammePanelsResponse> ListProgrammePanelsAsync(string programmeCode, CancellationToken cancellationToken = default);

    /// <summary>Either the criteria or a default grid; see <see cref="DefineGridRequest"/>.</summary>
    [Put("/api/v1/jury/panels/{panelId}/grid")]
    Task<Grid> DefineGridAsync(string panelId, [Body] DefineGridRequest request, CancellationToken cancellationToken = default);

    /// <summary>The latest version of the grid, or <paramref name="version"/>.</summary>
    [Get("/api/v1/jury/panels/{panelId}/grid")]
    Task<Grid> GetGridAsync(string panelId, [Query] int? version = null, CancellationToken cancellationToken = default);

    [Post("/api/v1/jury/programmes/{programmeCode}/conflicts")]
    Task<ConflictDeclaration> DeclareConflictAsync(string programmeCode, [Body] DeclareConflictRequest request, CancellationToken cancellationToken = default);

    [Get("/api/v1/jury/programmes/{programmeCode}/conflicts")]
    Task<ListConflictsResponse> ListConflictsAsync(string programmeCode, CancellationToken cancellationToken = default);

    [Post("/api/v1/jury/panels/{panelId}/assignment-policy")]
    Task<AssignmentBook> ConfigureAssignmentsAsync(string panelId, [Body] ConfigureAssignmentsRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/jury/panels/{panelId}/assignments:batch")]
    Task<AssignBatchResponse> AssignBatchAsync(string panelId, [Body] AssignBatchRequest request, CancellationToken cancellationToken = default);

    /// <summary>Staff add one reviewer by hand; conflicts and the per-juror maximum still apply.</summary>
    [Post("/api/v1/jury/panels/{panelId}/assignments")]
    Task<AssignmentBook> AssignReviewerAsync(string panelId, [Body] AssignReviewerRequest request, CancellationToken cancellationToken = default);

    /// <summary>Staff hand a dossier from one juror to another, with a reason; refused once the first juror submitted their review.</summary>
    [Post("/api/v1/jury/panels/{panelId}/assignments:reassign")]
    Task<AssignmentBook> ReassignReviewerAsync(string panelId, [Body] ReassignReviewerRequest request, CancellationToken cancellationToken = default);

    [Get("/api/v1/jury/panels/{panelId}/assignments")]
    Task<AssignmentBook> GetAssignmentBookAsync(string panelId, CancellationToken cancellationToken = default);

    /// <summary>The caller's active assignments, on every panel.</summary>
    [Get("/api/v1/jury/me/assignments")]
    Task<ListMyAssignmentsResponse> ListMyAssignmentsAsync(CancellationToken cancellationToken = default);

    [Put("/api/v1/jury/panels/{panelId}/dossiers/{dossierId}/review")]
    Task<Review> SaveReviewDraftAsync(string panelId, string dossierId, [Body] SaveReviewRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/jury/panels/{panelId}/dossiers/{dossierId}/review:submit")]
    Task<Review> SubmitReviewAsync(string panelId, string dossierId, [Body] SaveReviewRequest request, CancellationToken cancellationToken = default);

    /// <summary>The reviews of one dossier the caller may see; a conflicted juror gets 404.</summary>
    [Get("/api/v1/jury/panels/{panelId}/dossiers/{dossierId}/reviews")]
    Task<ListDossierReviewsResponse> ListDossierReviewsAsync(string panelId, string dossierId, CancellationToken cancellationToken = default);

    [Get("/api/v1/jury/panels/{panelId}/ranking")]
    Task<Ranking> GetRankingAsync(string panelId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The ranking as a file, <paramref name="format"/> "csv" (the default) or "xlsx", with each criterion's mean
    /// (docs/exports/ranking.md); staff and the panel's president only, refused (400 RANKING_SEALED) while the blind
    /// review still seals a row for the caller. The body streams: read it as a stream; the caller disposes the response.
    /// </summary>
    [Get("/api/v1/jury/panels/{panelId}/ranking/export")]
    Task<HttpResponseMessage> ExportRankingAsync(string panelId, [Query] string? format = null, CancellationToken cancellationToken = default);

    [Post("/api/v1/jury/panels/{panelId}/decisions")]
    Task<Decision> OpenDecisionAsync(string panelId, [Body] OpenDecisionRequest request, CancellationToken cancellationToken = default);

    /// <summary>The panel's decisions, newest first; its president and staff only (another member: 403, anyone else: 404).</summary>
    [Get("/api/v1/jury/panels/{panelId}/decisions")]
    Task<ListDecisionsResponse> ListDecisionsAsync(string panelId, CancellationToken cancellationToken = default);

    [Post("/api/v1/jury/decisions/{decisionId}/selections")]
    Task<Decision> StageSelectionAsync(string decisionId, [Body] StageSelectionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Releases every outcome at once (DossierSelected / DossierNotSelected); a released decision never changes.</summary>
    [Post("/api/v1/jury/decisions/{decisionId}:release")]
    Task<Decision> ReleaseDecisionAsync(string decisionId, [Body] ReleaseDecisionRequest request, CancellationToken cancellationToken = default);

    [Get("/api/v1/jury/decisions/{decisionId}")]
    Task<Decision> GetDecisionAsync(string decisionId, CancellationToken cancellationToken = default);
}
