using Defis.Contracts.Submission.V1;
using Refit;

namespace Defis.Client.Api;

/// <summary>Calls for challenges (Submission's Programmes service, /api/v1/programmes).</summary>
public interface IProgrammesApi
{
    [Get("/api/v1/programmes")]
    Task<ListPublishedProgrammesResponse> ListPublishedAsync(CancellationToken cancellationToken = default);

    /// <summary>The calls still drafted, latest first (programme staff only).</summary>
    [Get("/api/v1/programmes/drafts")]
    Task<ListDraftProgrammesResponse> ListDraftsAsync(CancellationToken cancellationToken = default);

    [Get("/api/v1/programmes/{code}")]
    Task<Programme> GetAsync(string code, CancellationToken cancellationToken = default);

    [Post("/api/v1/programmes")]
    Task<Programme> CreateAsync([Body] ProgrammeTerms terms, CancellationToken cancellationToken = default);

    [Post("/api/v1/programmes/{code}/publish")]
    Task<Programme> PublishAsync(string code, [Body] PublishProgrammeRequest request, CancellationToken cancellationToken = default);
}
