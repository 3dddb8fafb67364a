using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Notification.IntegrationTests;

/// <summary>A partner's HTTP endpoint on loopback (real Kestrel): records each call and answers the scripted statuses, then <c>thereafter</c>.</summary>
public sealed class WebhookReceiver(IEnumerable<int> script, int thereafter) : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> _script = new(script);
    private WebApplication? _app;

    public ConcurrentQueue<ReceivedCall> Calls { get; } = new();

    public string Url { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        // The service's appsettings (Kestrel endpoints) are in the content root too: this receiver binds only its own port.
        builder.Configuration.Sources.Clear();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(System.Net.IPAddress.Loopback, 0));
        _app = builder.Build();
        _app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            Calls.Enqueue(new ReceivedCall(request.Headers["X-Defis-Timestamp"].ToString(), request.Headers["X-Defis-Signature"].ToString(), body));
            return Results.StatusCode(_script.TryDequeue(out var status) ? status : thereafter);
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = $"{address}/hook";
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}

public sealed record ReceivedCall(string Timestamp, string Signature, string Body);
