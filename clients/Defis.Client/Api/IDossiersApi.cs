using Defis.Contracts.Submission.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>Dossiers filed for a call (Submission's Dossiers service, /api/v1/dossiers).</summary>
public interface IDossiersApi
{
    [Post("/api/v1/dossiers")]
    Task<Dossier> CreateAsync([Body] CreateDossierRequest request, CancellationToken cancellationToken = default);

    [Get("/api/v1/dossiers/{dossierId}")]
    Task<Dossier> GetAsync(string dossierId, CancellationToken cancellationToken = default);

    [Get("/api/v1/dossiers/by-reference/{reference}")]
    Task<Dossier> GetByReferenceAsync(string reference, CancellationToken cancellationToken = default);

    /// <summary>Replaces the content; with <paramref name="expectedVersion"/>, refused (409) when someone saved in between.</summary>
    [Put("/api/v1/dossiers/{dossierId}/content")]
    Task<Dossier> UpdateContentAsync(string dossierId, [Body] DossierContent content,
        [Query, AliasAs("expected_version")] int? expectedVersion = null, CancellationToken cancellationToken = default);

    [Post("/api/v1/dossiers/{dossierId}/submit")]
    Task<Dossier> SubmitAsync(string dossierId, [Body] SubmitDossierRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The same filing, answered with its status and headers instead of an exception: the gateway's X-Trace-Id
    /// names the trace to look up, and a refusal's content names every missing field.
    /// </summary>
    [Post("/api/v1/dossiers/{dossierId}/submit")]
    Task<IApiResponse<Dossier>> SubmitForResponseAsync(string dossierId, [Body] SubmitDossierRequest request, CancellationToken cancellationToken = default);

    /// <summary>The lead lets a member of the dossier's team edit it too, named by the email the team list gives them.</summary>
    [Post("/api/v1/dossiers/{dossierId}/co-editors")]
    Task<Dossier> InviteCoEditorAsync(string dossierId, [Body] InviteCoEditorRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The récépissé de dépôt of the dossier's last filing, as a PDF (application/pdf; docs/documents/filing-receipt.md):
    /// its team only (another applicant 404, other roles 403); a draft or a dossier back for correction has none (400
    /// NOT_FILED). Read the body as a stream; the caller disposes the response.
    /// </summary>
    [Get("/api/v1/dossiers/{dossierId}/receipt")]
    Task<HttpResponseMessage> GetFilingReceiptAsync(string dossierId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The letter of the jury's released decision on the dossier for <paramref name="phase"/> ("Exploration",
    /// "Incubation" or "Experimentation"), as a PDF (docs/documents/decision-letters.md); after a correction, the
    /// corrected letter. Its team only (another applicant 404, other roles 403); no released decision for that phase is
    /// 400 NO_DECISION. Read the body as a stream; the caller disposes the response.
    /// </summary>
    [Get("/api/v1/dossiers/{dossierId}/decision-letters/{phase}")]
    Task<HttpResponseMessage> GetDecisionLetterAsync(string dossierId, string phase, CancellationToken cancellationToken = default);

    /// <summary>Programme staff start reviewing a filed dossier.</summary>
    [Post("/api/v1/dossiers/{dossierId}/start-review")]
    Task<Dossier> StartReviewAsync(string dossierId, [Body] StartReviewRequest request, CancellationToken cancellationToken = default);

    /// <summary>Programme staff send a filed dossier back to its team with the reasons and an optional deadline.</summary>
    [Post("/api/v1/dossiers/{dossierId}/return-for-correction")]
    Task<Dossier> ReturnForCorrectionAsync(string dossierId, [Body] ReturnForCorrectionRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page; <see cref="DossierPaging.ListAllAsync"/> walks them all.</summary>
    [Get("/api/v1/dossiers")]
    Task<ListDossiersResponse> ListAsync([Query, AliasAs("programme_code")] string? programmeCode = null,
        [Query, AliasAs("status")] string? status = null,
        [Query, AliasAs("page_size")] int? pageSize = null,
        [Query, AliasAs("page_token")] string? pageToken = null,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts the export of a call's dossiers as a background job (staff only; docs/exports/dossiers.md): answered at
    /// once with the queued job; its requester is notified when the file is ready.
    /// </summary>
    [Post("/api/v1/dossiers/exports/{programmeCode}/jobs")]
    Task<ExportJob> StartExportJobAsync(string programmeCode, [Body] StartDossierExportRequest request, CancellationToken cancellationToken = default);

    /// <summary>A job its caller started: state, progress, expiry and, once ready, the download path.</summary>
    [Get("/api/v1/dossiers/export-jobs/{jobId}")]
    Task<ExportJob> GetExportJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>The file of a ready job, as the streamed response (dispose it once read).</summary>
    [Get("/api/v1/dossiers/export-jobs/{jobId}/file")]
    Task<HttpResponseMessage> DownloadExportFileAsync(string jobId, CancellationToken cancellationToken = default);
}
