using Defis.Contracts.Events;
using Defis.Contracts.Submission.V1;
using Defis.Notification.Grpc;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Grpc;
using Defis.Submission.Persistence;
using Defis.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Defis.Platform.IntegrationTests;

/// <summary>The Submission and Notification services of the walking skeleton, on their own databases and virtual host.</summary>
public sealed class SkeletonPlatform(PlatformInfrastructure infrastructure) : IAsyncDisposable
{
    public const string NotificationQueue = "notification-dossier-draft-created";

    public ServiceHost<DossiersService> Submission { get; private set; } = null!;

    public ServiceHost<InboxService> Notification { get; private set; } = null!;

    public string VirtualHost { get; private set; } = "";

    /// <summary>Whether start-up publishes CB21, open for a month: a draft can only be started for an open call.</summary>
    public bool PublishesOpenCall { get; init; } = true;

    /// <summary>The Submission service's clock, when a test moves it (the other services keep real time).</summary>
    public TimeProvider? SubmissionClock { get; init; }

    public async Task StartAsync()
    {
        VirtualHost = await infrastructure.NewVirtualHostAsync();
        Submission = new ServiceHost<DossiersService>(Settings("submission-db", infrastructure.NewDatabase("submission")),
            SubmissionClock is { } clock ? services => services.AddSingleton(clock) : null);
        Notification = new ServiceHost<InboxService>(Settings("notification-db", infrastructure.NewDatabase("notification")));
        await Task.WhenAll(Submission.StartedAsync(), Notification.StartedAsync());
        if (PublishesOpenCall)
        {
            await PublishAsync(Requests.Cb21Like(DateTimeOffset.UtcNow.AddDays(30)));
        }
    }

    public async Task PublishAsync(ProgrammeTerms terms)
    {
        var staff = new Programmes.ProgrammesClient(Submission.Channel(TestTokens.For("staff-ditp", Roles.ProgrammeStaff)));
        await staff.CreateProgrammeAsync(new CreateProgrammeRequest { Terms = terms });
        await staff.PublishProgrammeAsync(new PublishProgrammeRequest { Code = terms.Code });
    }

    /// <summary>Reads (or changes, then saves) Submission's database in a scope of its own.</summary>
    public async Task<T> InSubmissionAsync<T>(Func<SubmissionDbContext, Task<T>> query)
    {
        await using var scope = Submission.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SubmissionDbContext>());
    }

    /// <summary>The events of <typeparamref name="TEvent"/> about one aggregate still in Submission's outbox.</summary>
    public Task<List<TEvent>> SubmissionOutboxAsync<TEvent>(Guid aggregateId) where TEvent : IntegrationEvent => InSubmissionAsync(async db =>
        (await db.OutboxMessages.AsNoTracking().Where(m => m.Type == typeof(TEvent).FullName && m.AggregateId == aggregateId)
            .ToListAsync(TestContext.Current.CancellationToken))
            .Select(m => Assert.IsType<TEvent>(m.ToEvent())).ToList());

    public async ValueTask DisposeAsync()
    {
        await Submission.DisposeAsync();
        await Notification.DisposeAsync();
        if (VirtualHost.Length > 0)
        {
            await infrastructure.DeleteVirtualHostAsync(VirtualHost);
        }
    }

    private Dictionary<string, string?> Settings(string databaseName, string database) => new()
    {
        [$"ConnectionStrings:{databaseName}"] = database,
        ["ConnectionStrings:messaging"] = VirtualHost,
        ["ConnectionStrings:smtp"] = infrastructure.SmtpConnectionString,
        ["Messaging:Outbox:PollInterval"] = "00:00:00.500",
        ["Messaging:Outbox:MaxBackoff"] = "00:00:02",
        ["Messaging:Outbox:PublishTimeout"] = "00:00:03",
        ["Submission:Clock:Interval"] = "00:00:00.500",
        ["Submission:Exports:Interval"] = "00:00:00.500",
    };
}
