using Defis.Contracts.Funding.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>Grants and the ministries' event replay (Funding, /api/v1/funding).</summary>
public interface IFundingApi
{
    /// <summary>The programme's envelope (opened by Funding when the call is published): committed, paid out, still free.</summary>
    [Get("/api/v1/funding/programmes/{programmeId}/envelope")]
    Task<Envelope> GetEnvelopeAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>The programme's grants, oldest first (a selected dossier's proposal appears here).</summary>
    [Get("/api/v1/funding/programmes/{programmeId}/grants")]
    Task<ListGrantsResponse> ListGrantsAsync(string programmeId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The call's grants, tranches and declared expenses as one file, <paramref name="format"/> "csv" (the default) or
    /// "xlsx" (docs/exports/finance.md); finance officers only. The body streams: read it as a stream; the caller
    /// disposes the response.
    /// </summary>
    [Get("/api/v1/funding/programmes/{programmeId}/export")]
    Task<HttpResponseMessage> ExportFinanceAsync(string programmeId, [Query] string? format = null, CancellationToken cancellationToken = default);

    /// <summary>Records that a ministry partner (its token's subject) follows the programme (programme staff).</summary>
    [Post("/api/v1/funding/programmes/{programmeId}/partners")]
    Task<ProgrammePartners> AddProgrammePartnerAsync(string programmeId, [Body] AddProgrammePartnerRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The caller's own grants as a laureate, with their tranches, in phase order then newest first (applicants); with
    /// <paramref name="dossierId"/>, only that dossier's (none when the dossier is not theirs).
    /// </summary>
    [Get("/api/v1/funding/me/grants")]
    Task<ListGrantsResponse> ListMyGrantsAsync([Query, AliasAs("dossier_id")] string? dossierId = null, CancellationToken cancellationToken = default);

    [Get("/api/v1/funding/grants/{grantId}")]
    Task<Grant> GetGrantAsync(string grantId, CancellationToken cancellationToken = default);

    [Post("/api/v1/funding/grants/{grantId}/commit")]
    Task<Grant> CommitGrantAsync(string grantId, [Body] CommitGrantRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes a proposed or committed grant's amount, with the reason kept in its history (finance officers).</summary>
    [Post("/api/v1/funding/grants/{grantId}/adjust")]
    Task<Grant> AdjustGrantAsync(string grantId, [Body] AdjustGrantRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels a grant, with the reason kept in its history; its unpaid committed part goes back to the envelope (finance officers).</summary>
    [Post("/api/v1/funding/grants/{grantId}/cancel")]
    Task<Grant> CancelGrantAsync(string grantId, [Body] CancelGrantRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The laureate who filed the dossier declares expenses against its committed grant: each line comes back accepted or
    /// rejected with its reasons; a malformed line refuses the whole declaration field by field (400).
    /// </summary>
    [Post("/api/v1/funding/grants/{grantId}/expenses")]
    Task<DeclareExpensesResponse> DeclareExpensesAsync(string grantId, [Body] DeclareExpensesRequest request, CancellationToken cancellationToken = default);

    /// <summary>The expenses declared against a grant, oldest first, and the accepted totals per category (its laureate and finance).</summary>
    [Get("/api/v1/funding/grants/{grantId}/expenses")]
    Task<ListExpensesResponse> ListExpensesAsync(string grantId, CancellationToken cancellationToken = default);

    [Post("/api/v1/funding/grants/{grantId}/tranches/{trancheNumber}/release")]
    Task<Grant> ReleaseTrancheAsync(string grantId, int trancheNumber, [Body] ReleaseTrancheRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// The notification of a committed grant, as a PDF (application/pdf). The body streams: read it as a stream; the
    /// caller disposes the response. A grant only proposed or cancelled is refused (412), as is a caller who may not read it.
    /// </summary>
    [Get("/api/v1/funding/grants/{grantId}/notification")]
    Task<HttpResponseMessage> GetGrantNotificationAsync(string grantId, CancellationToken cancellationToken = default);

    /// <summary>One page of a programme's funding events after a sequence number; <see cref="FundingPaging.ReplayAsync"/> reads them all.</summary>
    [Get("/api/v1/funding/programmes/{programmeId}/events")]
    Task<ListFundingEventsResponse> ListEventsAsync(string programmeId, [Query, AliasAs("after_sequence")] long afterSequence = 0,
        [Query, AliasAs("page_size")] int? pageSize = null, CancellationToken cancellationToken = default);
}
