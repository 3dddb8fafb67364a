using System.Runtime.CompilerServices;
using Defis.Contracts.Funding.V1;

namespace Defis.Client.Api;

public static class FundingPaging
{
    /// <summary>
    /// A programme's funding events after <paramref name="afterSequence"/>, in order, page after page: what a
    /// ministry's listener replays after missing messages. Stops at the last event known when the page was read.
    /// </summary>
    public static async IAsyncEnumerable<FundingEventRecord> ReplayAsync(this IFundingApi funding, string programmeId, long afterSequence = 0,
        int pageSize = 500, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var page = await funding.ListEventsAsync(programmeId, afterSequence, pageSize, cancellationToken);
            foreach (var record in page.Events)
            {
                yield return record;
            }
            if (page.Events.Count == 0 || page.NextAfterSequence >= page.LastSequence)
            {
                yield break;
            }
            afterSequence = page.NextAfterSequence;
        }
    }
}
