using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Grpc;
using Defis.Accompaniment.Persistence;
using Defis.Contracts.Events;
using Defis.SharedKernel.Time;
using Defis.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// The Accompaniment service on its own database and virtual host, optionally on a controllable clock.
/// <see cref="RestartAsync"/> starts a new host on the same database, as after a deployment.
/// </summary>
public sealed class AccompanimentHost(PlatformInfrastructure infrastructure, FakeTimeProvider? clock = null) : IAsyncDisposable
{
    public ServiceHost<SessionsService> Service { get; private set; } = null!;

    /// <summary>Every delivery the current host's bus finished consuming without failing, duplicates included.</summary>
    public ConsumeCounter Consumed { get; private set; } = new();

    private string _database = "";
    private string _virtualHost = "";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async Task StartAsync()
    {
        _virtualHost = await infrastructure.NewVirtualHostAsync();
        _database = infrastructure.NewDatabase("accompaniment");
        await RestartAsync();
    }

    public async Task RestartAsync()
    {
        if (Service is not null)
        {
            await Service.DisposeAsync();
        }
        Service = new ServiceHost<SessionsService>(Settings(), clock is null ? null : services => services.AddSingleton<TimeProvider>(clock));
        await Service.StartedAsync();
        Consumed = new ConsumeCounter();
        Service.Service<IBus>().ConnectConsumeObserver(Consumed);
    }

    public ValueTask DisposeAsync() => Service?.DisposeAsync() ?? ValueTask.CompletedTask;

    public Task PublishAsync<T>(T message) where T : IntegrationEvent =>
        Service.Service<IBus>().Publish(message, context => context.MessageId = message.EventId, Cancellation);

    /// <summary>
    /// Publishes one event and waits until the service has consumed it successfully, so a test fixes the order of
    /// arrival; an event whose consumer fails is never counted and the wait times out.
    /// </summary>
    public async Task DeliverAsync<T>(T message) where T : IntegrationEvent
    {
        var before = Consumed.Consumed;
        await PublishAsync(message);
        await Eventually.Until(() => Task.FromResult(Consumed.Consumed), c => c > before, TimeSpan.FromSeconds(60), $"{typeof(T).Name} consumed");
    }

    public async Task<T> WithDbAsync<T>(Func<AccompanimentDbContext, Task<T>> work)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AccompanimentDbContext>());
    }

    /// <summary>Every event of type <typeparamref name="T"/> written to the outbox, published or not.</summary>
    public Task<List<T>> OutboxAsync<T>() where T : IntegrationEvent => WithDbAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().Where(m => m.Type == typeof(T).FullName).OrderBy(m => m.Sequence).ToListAsync(Cancellation))
            .Select(m => Assert.IsType<T>(m.ToEvent())).ToList());

    /// <summary>A plan opened straight in the database (the selection flow has its own test), coached by <paramref name="coach"/>.</summary>
    /// <summary>A plan seeded as the service stores it; <paramref name="adjust"/> changes its row in the same save.</summary>
    public Task<SupportPlan> SeedPlanAsync(string lead, string coach, DateOnly start, DateTimeOffset now, Action<PlanRow>? adjust = null) => WithDbAsync(async db =>
    {
        var laureate = new Laureate(Guid.CreateVersion7(), Guid.CreateVersion7(), SharedKernel.Phase.Incubation, "Guichet unique des aidants", "Santé",
            ["D:69"], new HashSet<string>([lead]));
        var (plan, _) = SupportPlan.Open(laureate, start, [new CoachLoad(coach, 0)], PhaseTemplate.DefaultFor(SharedKernel.Phase.Incubation),
            new Change(new Caller("tests", AccompanimentRoles.None), now));
        var row = PlanRow.From(plan);
        adjust?.Invoke(row);
        db.Plans.Add(row);
        await db.SaveChangesAsync(Cancellation);
        return plan;
    });

    public static DateOnly Today(DateTimeOffset now) => ParisTime.DateOf(now);

    private Dictionary<string, string?> Settings() => new()
    {
        ["ConnectionStrings:accompaniment-db"] = _database,
        ["ConnectionStrings:messaging"] = _virtualHost,
        ["Messaging:Outbox:PollInterval"] = "00:00:00.500",
        ["Messaging:Outbox:MaxBackoff"] = "00:00:02",
        ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
        // The clock may jump days ahead: published rows must outlive it, since tests count them.
        ["Messaging:Outbox:Retention"] = "3650.00:00:00",
        ["Accompaniment:FollowUp:Interval"] = "00:01:00",
        ["Accompaniment:FollowUp:DueSoonDays"] = "7",
    };
}
