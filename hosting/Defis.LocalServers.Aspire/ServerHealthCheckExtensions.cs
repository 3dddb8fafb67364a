using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Defis.LocalServers.Aspire;

internal static class ServerHealthCheckExtensions
{
    /// <summary>Registers <paramref name="check"/> in the AppHost and ties it to the resource (WaitFor waits for it).</summary>
    public static IResourceBuilder<T> WithServerHealthCheck<T>(this IResourceBuilder<T> builder, Func<CancellationToken, Task<HealthCheckResult>> check)
        where T : IResource
    {
        var key = $"{builder.Resource.Name}_answers";
        builder.ApplicationBuilder.Services.AddHealthChecks().Add(new HealthCheckRegistration(key, _ => new AnswerCheck(check), failureStatus: null, tags: null));
        return builder.WithHealthCheck(key);
    }

    private sealed class AnswerCheck(Func<CancellationToken, Task<HealthCheckResult>> check) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            try
            {
                return await check(cancellationToken);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                // Not answering yet is the normal state while a server boots: say why, without a stack trace.
                return new HealthCheckResult(context.Registration.FailureStatus, e.Message);
            }
        }
    }
}
