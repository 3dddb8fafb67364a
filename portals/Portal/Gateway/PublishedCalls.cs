using Defis.Contracts.Submission.V1;

namespace Defis.Portal.Gateway;

/// <summary>The published calls, open or closed, latest first: staff, finance and organisers work on a call long after filing has closed.</summary>
public static class PublishedCalls
{
    public static async Task<IReadOnlyList<Programme>> LatestFirstAsync(this PlatformAccess platform, CancellationToken cancellationToken)
    {
        var published = await platform.Client.Programmes.ListPublishedAsync(cancellationToken);
        return [.. published.Programmes.OrderByDescending(p => p.Terms.OpensAt?.ToDateTimeOffset())];
    }
}
