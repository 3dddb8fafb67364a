using Refit;

namespace Defis.Client.Api;

/// <summary>
/// The signed-in person's data, one service's part at a time (each service, /api/v1/me/data/{service}); the token
/// says whose. <see cref="PersonalData.PersonalDataArchive"/> puts every part in one archive.
/// </summary>
public interface IPersonalDataApi
{
    /// <summary>The service's JSON document, as it wrote it (UTF-8, indented).</summary>
    [Get("/api/v1/me/data/{service}")]
    Task<string> ExportMyDataAsync(string service, CancellationToken cancellationToken = default);
}
