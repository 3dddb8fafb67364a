using Defis.Contracts.Funding.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>Grants and the ministries' event replay (Funding, /api/v1/funding).</summary>
public interface IFundingApi
{
    [Get("/api/v1/funding/grants/{grantId}")]
    Task<Grant> GetGrantAsync(string grantId, CancellationToken cancellationToken = default);

    [Post("/api/v1/funding/grants/{grantId}/commit")]
    Task<Grant> CommitGrantAsync(string grantId, [Body] CommitGrantRequest request, CancellationToken cancellationToken = default);

    [Post("/api/v1/funding/grants/{grantId}/tranches/{trancheNumber}/release")]
    Task<Grant> ReleaseTrancheAsync(string grantId, int trancheNumber, [Body] ReleaseTrancheRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page of a programme's funding events after a sequence number; <see cref="FundingPaging.ReplayAsync"/> reads them all.</summary>
    [Get("/api/v1/funding/programmes/{programmeId}/events")]
    Task<ListFundingEventsResponse> ListEventsAsync(string programmeId, [Query, AliasAs("after_sequence")] long afterSequence = 0,
        [Query, AliasAs("page_size")] int? pageSize = null, CancellationToken cancellationToken = default);
}
