using System.Diagnostics;
using Refit;

namespace Defis.AppHost.Tests.EndToEnd;

public sealed partial class WholeCallTests
{
    private static readonly TimeSpan WarmUpBound = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Each service's first answer through the gateway, and the portal's first page, before the first journey. "Healthy"
    /// says a service reaches its servers, not that it has answered anyone yet: on two cores shared with the other test
    /// projects, a cold service's first request (JIT, EF's model, first pooled connections) has outlasted the portal's
    /// 30 s budget for a gateway call, and the portal's first page the browser's 120 s. That is the machine starting,
    /// not the journey under test; any answer counts (a refusal too), only no answer or a 5xx is waited out.
    /// </summary>
    private async Task WarmUpAsync(Cast call, AspirePlatform platform)
    {
        var clock = Stopwatch.StartNew();
        Func<CancellationToken, Task>[] firstAnswers =
        [
            token => call.Staff.Programmes.ListPublishedAsync(token),
            token => call.Juror.Jury.ListMyPanelsAsync(token),
            token => call.FirstTeam.Funding.ListMyGrantsAsync(cancellationToken: token),
            token => call.FirstTeam.Accompaniment.ListMyPlansAsync(token),
            token => call.FirstTeam.Inbox.UnreadCountAsync(token),
            token => call.FirstTeam.Correspondence.ListAttachmentsAsync(Guid.NewGuid().ToString(), token),
        ];
        await Task.WhenAll(firstAnswers.Select(FirstAnswerAsync));
        using var portal = new HttpClient { BaseAddress = platform.Endpoint("portal"), Timeout = WarmUpBound };
        (await portal.GetAsync("/", Cancellation)).EnsureSuccessStatusCode();
        output.WriteLine($"Every service and the portal answered {clock.Elapsed.TotalSeconds:0.0} s after all were healthy.");
    }

    private static async Task FirstAnswerAsync(Func<CancellationToken, Task> read)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await read(Cancellation);
                return;
            }
            catch (ApiException refused) when ((int)refused.StatusCode < 500)
            {
                return;
            }
            catch (Exception) when (!Cancellation.IsCancellationRequested && clock.Elapsed < WarmUpBound)
            {
                await Task.Delay(TimeSpan.FromSeconds(2), Cancellation);
            }
        }
    }
}
