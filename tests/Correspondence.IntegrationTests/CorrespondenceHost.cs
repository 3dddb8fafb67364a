using Defis.Contracts.Events;
using Defis.Correspondence.Grpc;
using Defis.Correspondence.Persistence;
using Defis.Correspondence.Scanning;
using Defis.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Correspondence.IntegrationTests;

/// <summary>
/// The Correspondence service on its own database and virtual host, scanning with the assembly's real clamd. The scan
/// pass's own interval is an hour: tests run it when they mean the scanner to have passed (<see cref="ScanPendingAsync"/>).
/// </summary>
public sealed class CorrespondenceHost(PlatformInfrastructure infrastructure) : IAsyncDisposable
{
    public ServiceHost<AttachmentsService> Service { get; private set; } = null!;

    public ConsumeCounter Consumed { get; } = new();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async Task StartAsync()
    {
        await infrastructure.StartClamdAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:correspondence-db"] = infrastructure.NewDatabase("correspondence"),
            ["ConnectionStrings:messaging"] = await infrastructure.NewVirtualHostAsync(),
            ["ConnectionStrings:scanner"] = infrastructure.ClamdConnectionString,
            ["Messaging:Outbox:PollInterval"] = "00:00:00.500",
            ["Correspondence:Scan:Interval"] = "01:00:00",
        };
        Service = new ServiceHost<AttachmentsService>(settings);
        await Service.StartedAsync();
        Service.Service<IBus>().ConnectConsumeObserver(Consumed);
    }

    public ValueTask DisposeAsync() => Service?.DisposeAsync() ?? ValueTask.CompletedTask;

    /// <summary>Publishes one event and waits until the service has consumed it.</summary>
    public async Task DeliverAsync<T>(T message) where T : IntegrationEvent
    {
        var before = Consumed.Consumed;
        await Service.Service<IBus>().Publish(message, context => context.MessageId = message.EventId, Cancellation);
        await Eventually.Until(() => Task.FromResult(Consumed.Consumed), c => c > before, TimeSpan.FromSeconds(60), $"{typeof(T).Name} consumed");
    }

    /// <summary>A filed dossier whose lead is <paramref name="lead"/> and whose co-editors are <paramref name="coEditors"/> (user ids).</summary>
    public async Task<Guid> FileDossierAsync(string lead, params string[] coEditors)
    {
        var dossierId = Guid.CreateVersion7();
        await DeliverAsync(new DossierSubmitted(dossierId, Guid.CreateVersion7(), "CB21", "CB21-0042", "Guichet unique des aidants", "Santé",
            ["D:69"], "Commune de Lyon", "commune", [], 5_000_000, lead, $"{lead}@example.gouv.fr", 0,
            [.. coEditors.Select(c => $"{c.ToUpperInvariant()}@example.gouv.fr")]) { OccurredAt = DateTimeOffset.UtcNow });
        return dossierId;
    }

    /// <summary>Runs the scan pass now, as its timer would.</summary>
    public async Task<int> ScanPendingAsync()
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PendingScans>().RunAsync(Cancellation);
    }

    public async Task<T> WithDbAsync<T>(Func<CorrespondenceDbContext, Task<T>> work)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<CorrespondenceDbContext>());
    }

    /// <summary>Every event of type <typeparamref name="T"/> written to the outbox.</summary>
    public Task<List<T>> OutboxAsync<T>() where T : IntegrationEvent => WithDbAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().Where(m => m.Type == typeof(T).FullName).OrderBy(m => m.Sequence).ToListAsync(Cancellation))
            .Select(m => Assert.IsType<T>(m.ToEvent())).ToList());

    /// <summary>Large objects in the database: a refused or cut upload must leave none behind.</summary>
    public Task<long> LargeObjectCountAsync() => WithDbAsync(db =>
        db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM pg_largeobject_metadata").SingleAsync(Cancellation));
}
