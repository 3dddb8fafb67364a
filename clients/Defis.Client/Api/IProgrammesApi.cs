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

    /// <summary>Replaces a draft's terms entirely (their code is the call's); refused once the call is published.</summary>
    [Put("/api/v1/programmes/{code}/terms")]
    Task<Programme> UpdateDraftAsync(string code, [Body] ProgrammeTerms terms, CancellationToken cancellationToken = default);

    /// <summary>Deletes a call still drafted, whose code may then draft a new one; a published call is archived, never deleted.</summary>
    [Delete("/api/v1/programmes/{code}")]
    Task<DeleteDraftProgrammeResponse> DeleteDraftAsync(string code, CancellationToken cancellationToken = default);

    [Post("/api/v1/programmes/{code}/publish")]
    Task<Programme> PublishAsync(string code, [Body] PublishProgrammeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Archives a closed call: it stays readable but leaves the public list; refused while a draft or open.</summary>
    [Post("/api/v1/programmes/{code}/archive")]
    Task<Programme> ArchiveAsync(string code, [Body] ArchiveProgrammeRequest request, CancellationToken cancellationToken = default);

    /// <summary>Months (12 to 60) the call's unfunded dossiers are kept after its closing; refused once it is closed (decision 0032).</summary>
    [Post("/api/v1/programmes/{code}/retention")]
    Task<Programme> ChangeRetentionAsync(string code, [Body] ChangeRetentionRequest request, CancellationToken cancellationToken = default);
}
