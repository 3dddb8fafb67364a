using Defis.Contracts.Events;
using Defis.Contracts.Jury.V1;
using Defis.Jury.Grpc;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Jury.IntegrationTests;

/// <summary>
/// The Jury service in-process on its own database and virtual host, shared by a test class; each
/// test works in its own programme so that tests do not see each other's rows.
/// </summary>
public sealed class JuryHost(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    public const string Staff = "staff-ditp";

    private Dictionary<string, string?> _settings = [];

    public ServiceHost<PanelsService> Service { get; private set; } = null!;

    public string StaffToken { get; } = TestTokens.For(Staff, Roles.ProgrammeStaff);

    /// <summary>Replaces the service's TimeProvider (e.g. a FakeTimeProvider); null keeps the system clock.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>A virtual host shared with other services of the test; null: a fresh one of its own.</summary>
    public string? VirtualHost { get; init; }

    public async ValueTask InitializeAsync()
    {
        _settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:jury-db"] = infrastructure.NewDatabase("jury"),
            ["ConnectionStrings:messaging"] = VirtualHost ?? await infrastructure.NewVirtualHostAsync(),
            ["Messaging:Outbox:PollInterval"] = "00:00:00.500",
            ["Messaging:Outbox:MaxBackoff"] = "00:00:02",
            ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
            // Tests read published events from the outbox; a controllable clock leaping weeks ahead must not purge them.
            ["Messaging:Outbox:Retention"] = "3650.00:00:00",
        };
        await StartAsync();
    }

    /// <summary>Stops the service and starts it again on the same database and virtual host, as a redeployment does.</summary>
    public async Task RestartAsync()
    {
        await Service.DisposeAsync();
        await StartAsync();
    }

    private async Task StartAsync()
    {
        var clock = Clock;
        Service = new ServiceHost<PanelsService>(_settings, clock is null ? null : services => services.AddSingleton(clock));
        await Service.StartedAsync();
    }

    public async ValueTask DisposeAsync() => await Service.DisposeAsync();

    public Panels.PanelsClient Panels(string token) => new(Service.Channel(token));

    public Conflicts.ConflictsClient Conflicts(string token) => new(Service.Channel(token));

    public Assignments.AssignmentsClient Assignments(string token) => new(Service.Channel(token));

    public Reviews.ReviewsClient Reviews(string token) => new(Service.Channel(token));

    public Decisions.DecisionsClient Decisions(string token) => new(Service.Channel(token));

    /// <summary>Publishes as Submission's relay does: the event id is the broker's MessageId.</summary>
    public Task PublishAsync<T>(T integrationEvent) where T : IntegrationEvent =>
        Service.Service<IBus>().Publish(integrationEvent, context => context.MessageId = integrationEvent.EventId, TestContext.Current.CancellationToken);

    public async Task<T> QueryAsync<T>(Func<JuryDbContext, Task<T>> query)
    {
        await using var scope = Service.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<JuryDbContext>());
    }

    /// <summary>Publishes a call and waits until the Jury knows it.</summary>
    public async Task<Guid> PublishProgrammeAsync(string code, int? decisionDueDays)
    {
        var programme = new ProgrammePublished(Guid.CreateVersion7(), code, $"Appel {code}", DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(30),
            150_000_000, [], [], decisionDueDays) { OccurredAt = DateTimeOffset.UtcNow };
        await PublishAsync(programme);
        await Eventually.Until(() => QueryAsync(db => db.Programmes.AnyAsync(p => p.Code == code)), known => known, TimeSpan.FromSeconds(30), $"programme {code} known");
        return programme.ProgrammeId;
    }

    public static DossierSubmitted Filed(Guid programmeId, string programmeCode, int rank, string lead, params string[] partners) => new(
        Guid.CreateVersion7(), programmeId, programmeCode, $"{programmeCode}-{rank:0000}", $"Défi n° {rank}", "Accès aux droits", ["69"], lead, "StateOperator",
        partners, 2_500_000, $"agent-{rank}", $"agent-{rank}@example.gouv.fr") { OccurredAt = DateTimeOffset.UtcNow.AddMinutes(rank) };

    public Task<int> DossiersOfAsync(string programmeCode) => QueryAsync(db => db.Dossiers.CountAsync(d => d.ProgrammeCode == programmeCode));
}
