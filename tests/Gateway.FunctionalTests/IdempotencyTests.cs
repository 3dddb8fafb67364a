using System.Net;
using System.Text;
using Defis.ServiceDefaults.Security;
using Defis.Testing;

namespace Defis.Gateway.FunctionalTests;

/// <summary>
/// Idempotency-Key on POST: replay of the first response, 422 for another body, 409 while the first runs, keys per user,
/// simultaneous duplicates run once, a client that gives up does not make its retry run again; the key is optional.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed class IdempotencyTests(GatewayPlatform platform)
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_retry_gets_the_first_response_from_any_instance_without_running_again()
    {
        var token = TestTokens.For($"retrier-{Guid.NewGuid():N}", Roles.Applicant);
        var path = $"/api/v1/dossiers/{Guid.NewGuid()}/submit";
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(platform.GatewayA, token, path, key, """{"confirm":true}""", Cancellation);
        using var retry = await PostAsync(platform.GatewayB, token, path, key, """{"confirm":true}""", Cancellation);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(await first.Content.ReadAsStringAsync(Cancellation), await retry.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(1, platform.Downstream.Hits("POST", path));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused()
    {
        var token = TestTokens.For($"confused-{Guid.NewGuid():N}", Roles.Applicant);
        var path = $"/api/v1/dossiers/{Guid.NewGuid()}/submit";
        var key = Guid.NewGuid().ToString();

        using var first = await PostAsync(platform.GatewayA, token, path, key, """{"confirm":true}""", Cancellation);
        using var other = await PostAsync(platform.GatewayA, token, path, key, """{"confirm":false}""", Cancellation);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Contains("Idempotency-Key", await other.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(1, platform.Downstream.Hits("POST", path));
    }

    [Fact]
    public async Task Keys_belong_to_their_user()
    {
        var path = $"/api/v1/dossiers/{Guid.NewGuid()}/submit";
        var key = Guid.NewGuid().ToString();

        using var mine = await PostAsync(platform.GatewayA, TestTokens.For($"a-{Guid.NewGuid():N}", Roles.Applicant), path, key, "{}", Cancellation);
        using var theirs = await PostAsync(platform.GatewayA, TestTokens.For($"b-{Guid.NewGuid():N}", Roles.Applicant), path, key, "{}", Cancellation);

        Assert.Equal(HttpStatusCode.Created, mine.StatusCode);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.False(theirs.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, platform.Downstream.Hits("POST", path));
    }

    [Fact]
    public async Task A_retry_while_the_first_request_runs_gets_409()
    {
        var token = TestTokens.For($"impatient-{Guid.NewGuid():N}", Roles.Applicant);
        var key = Guid.NewGuid().ToString();

        var first = PostAsync(platform.GatewayA, token, "/api/v1/dossiers/slow", key, "{}", Cancellation);
        await platform.Downstream.SlowArrived.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancellation);
        using var concurrent = await PostAsync(platform.GatewayB, token, "/api/v1/dossiers/slow", key, "{}", Cancellation);
        platform.Downstream.SlowRelease.TrySetResult();
        using var completed = await first;

        Assert.Equal(HttpStatusCode.Conflict, concurrent.StatusCode);
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);
        Assert.Equal(1, platform.Downstream.Hits("POST", "/api/v1/dossiers/slow"));
    }

    [Fact]
    public async Task A_client_that_gives_up_waiting_gets_the_first_response_on_its_retry_and_the_service_acts_once()
    {
        var token = TestTokens.For($"gives-up-{Guid.NewGuid():N}", Roles.Applicant);
        var path = $"/api/v1/dossiers/held/{Guid.NewGuid():N}";
        var key = Guid.NewGuid().ToString();
        var held = platform.Downstream.Hold(path);

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        var first = PostAsync(platform.GatewayA, token, path, key, "{}", patience.Token);
        await held.Arrived.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancellation);
        await patience.CancelAsync();
        // Time for the client's departure to reach the service, had the gateway passed it on.
        await Task.WhenAny(held.GivenUp.Task, Task.Delay(TimeSpan.FromSeconds(2), Cancellation));
        held.Release.TrySetResult();
        // The in-memory test server ends the client's call when the gateway is done with it; a socket would end it at once.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        using var retry = await RetryWhileRunningAsync(platform.GatewayB, token, path, key);

        Assert.False(held.GivenUp.Task.IsCompleted, "the gateway cancelled the service's call when its client left");
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal("true", Assert.Single(retry.Headers.GetValues("Idempotent-Replayed")));
        Assert.Equal(1, platform.Downstream.Hits("POST", path));
    }

    [Fact]
    public async Task Without_a_key_every_post_is_processed()
    {
        var token = TestTokens.For($"keyless-{Guid.NewGuid():N}", Roles.Applicant);
        var path = $"/api/v1/dossiers/{Guid.NewGuid()}/submit";

        using var first = await PostAsync(platform.GatewayA, token, path, key: null, "{}", Cancellation);
        using var second = await PostAsync(platform.GatewayA, token, path, key: null, "{}", Cancellation);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.False(second.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, platform.Downstream.Hits("POST", path));
    }

    [Fact]
    public async Task Simultaneous_duplicates_on_both_instances_run_once()
    {
        var token = TestTokens.For($"hasty-{Guid.NewGuid():N}", Roles.Applicant);
        var path = $"/api/v1/dossiers/{Guid.NewGuid()}/submit";
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8)
            .Select(i => PostAsync(i % 2 == 0 ? platform.GatewayA : platform.GatewayB, token, path, key, """{"confirm":true}""", Cancellation)));

        // Each duplicate either waited for nothing (409: the first is still running) or got the first's answer replayed.
        Assert.Equal(1, platform.Downstream.Hits("POST", path));
        Assert.All(responses, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created && !r.Headers.Contains("Idempotent-Replayed"));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    /// <summary>A client's retry: answered 409 while the first request still runs, it tries again a moment later.</summary>
    private static async Task<HttpResponseMessage> RetryWhileRunningAsync(ServiceHost<GatewaySettings> gateway, string token, string path, string key)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await PostAsync(gateway, token, path, key, "{}", Cancellation);
            if (response.StatusCode != HttpStatusCode.Conflict || attempt == 100)
            {
                return response;
            }
            response.Dispose();
            await Task.Delay(100, Cancellation);
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(
        ServiceHost<GatewaySettings> gateway, string token, string path, string? key, string json, CancellationToken cancellationToken)
    {
        using var client = GatewayPlatform.Client(gateway, token);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return await client.SendAsync(request, cancellationToken);
    }
}
