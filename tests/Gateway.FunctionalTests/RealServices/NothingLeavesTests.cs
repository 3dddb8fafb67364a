using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Defis.Gateway.FunctionalTests.RealServices;

/// <summary>No part of the platform reports anything to a host outside it (MassTransit's usage telemetry is on by default).</summary>
[Collection(RealServicesCollection.Name)]
public sealed class NothingLeavesTests(RealPlatform platform)
{
    [Fact]
    public void No_service_nor_the_gateway_reports_usage_telemetry()
    {
        var hosts = new Dictionary<string, IServiceProvider>
        {
            ["submission"] = platform.Submission.Services,
            ["jury"] = platform.Jury.Services,
            ["funding"] = platform.Funding.Services,
            ["accompaniment"] = platform.Accompaniment.Services,
            ["notification"] = platform.Notification.Services,
            ["gateway"] = platform.Gateway.Services,
        };

        var reporting = hosts.Where(h => h.Value.GetRequiredService<IOptions<UsageTelemetryOptions>>().Value.Enabled).Select(h => h.Key);

        Assert.Empty(reporting);
    }
}
