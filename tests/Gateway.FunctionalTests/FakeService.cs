using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Gateway.FunctionalTests;

/// <summary>
/// The services behind the gateway, replaced by one real Kestrel on loopback that answers every path with what
/// it received (path, Authorization header, how many times that path was hit), so tests see what was forwarded.
/// POST .../slow waits until the test releases it, to hold a request in flight; POST .../held/{name} does the same with a
/// gate of its own per path, and tells whether the gateway gave the request up while it was held.
/// </summary>
public sealed class FakeService : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<Received>> _received = new();
    private readonly ConcurrentDictionary<string, HeldRequest> _held = new();

    public FakeService()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The test folder holds the gateway's and identity's appsettings.json, with their Kestrel endpoints: not ours.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:0" });
        _app = builder.Build();
        _app.MapGet("/health", () => Results.Ok());
        _app.MapPost("/api/v1/dossiers/slow", async (HttpContext context) =>
        {
            SlowArrived.TrySetResult();
            await SlowRelease.Task;
            return await EchoAsync(context);
        });
        _app.MapPost("/api/v1/dossiers/held/{name}", async (HttpContext context) =>
        {
            var gate = Hold(context.Request.Path);
            gate.Arrived.TrySetResult();
            await Task.WhenAny(gate.Release.Task, Task.Delay(Timeout.Infinite, context.RequestAborted));
            if (context.RequestAborted.IsCancellationRequested)
            {
                gate.GivenUp.TrySetResult();
                return Results.StatusCode(499);
            }
            return await EchoAsync(context);
        });
        // Funding's replay in pages of two over five events, as JSON transcoding writes it (int64 as strings).
        _app.MapGet("/api/v1/funding/programmes/paged/events", (long after_sequence) => Results.Text($$"""
            {"events":[{{string.Join(",", Enumerable.Range((int)after_sequence + 1, Math.Max(0, Math.Min(2, 5 - (int)after_sequence)))
                .Select(n => $$"""{"sequence":"{{n}}","eventId":"e{{n}}"}"""))}}],
             "nextAfterSequence":"{{Math.Min(after_sequence + 2, 5)}}","lastSequence":"5"}
            """, "application/json"));
        _app.MapFallback((Delegate)EchoAsync);
    }

    public Uri Address { get; private set; } = null!;

    public TaskCompletionSource SlowArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource SlowRelease { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The gate of a POST .../held/{name} path, made on first use by the test or the request.</summary>
    public HeldRequest Hold(string path) => _held.GetOrAdd(path, _ => new HeldRequest());

    public int Hits(string method, string path) => _hits.GetValueOrDefault($"{method} {path}");

    /// <summary>The requests that reached this path, as the service saw them.</summary>
    public IReadOnlyCollection<Received> ReceivedAt(string method, string path) =>
        _received.TryGetValue($"{method} {path}", out var requests) ? requests : [];

    public async Task StartAsync()
    {
        await _app.StartAsync();
        Address = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync()
    {
        SlowRelease.TrySetResult();
        foreach (var gate in _held.Values)
        {
            gate.Release.TrySetResult();
        }
        await _app.DisposeAsync();
    }

    private async Task<IResult> EchoAsync(HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
        var hits = _hits.AddOrUpdate($"{context.Request.Method} {context.Request.Path}", 1, (_, n) => n + 1);
        var echo = new Echo(context.Request.Path, context.Request.Headers.Authorization.ToString(), hits, body);
        _received.GetOrAdd($"{context.Request.Method} {context.Request.Path}", _ => new())
            .Enqueue(new Received(echo.Authorization, context.Request.Headers["Idempotency-Key"].ToString(), body));
        return HttpMethods.IsPost(context.Request.Method)
            ? Results.Created($"/api/v1/dossiers/{Guid.NewGuid()}", echo)
            : Results.Ok(echo);
    }
}

public sealed record Echo(string Path, string Authorization, int Hits, string Body);

public sealed record Received(string Authorization, string IdempotencyKey, string Body);

/// <summary>A request held by the fake service until the test releases it.</summary>
public sealed class HeldRequest
{
    public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when the gateway cancelled the request while it was held.</summary>
    public TaskCompletionSource GivenUp { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
