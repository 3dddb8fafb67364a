using Defis.Accompaniment.FollowUp;
using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Google.Protobuf.WellKnownTypes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// The day-before reminder on a controllable clock and real PostgreSQL: one SessionReminderDue per session and
/// start, to the confirmed registrants only, whatever the passes, concurrent passes or restarts; a moved
/// session is reminded again for its new start.
/// </summary>
public sealed class SessionReminderTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _clock;
    private readonly AccompanimentHost _host;
    private readonly DateTimeOffset _start;

    public SessionReminderTests(PlatformInfrastructure infrastructure)
    {
        // Today 09:00 in Paris; the session is in three days at 14:00 Paris.
        var today = ParisTime.DateOf(DateTimeOffset.UtcNow);
        _clock = new FakeTimeProvider(ParisTime.StartOfDay(today).AddHours(9).ToUniversalTime());
        _start = ParisTime.StartOfDay(today.AddDays(3)).AddHours(14).ToUniversalTime();
        _host = new AccompanimentHost(infrastructure, _clock);
    }

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task The_confirmed_registrants_are_reminded_once_the_day_before_and_again_when_the_session_moves()
    {
        var session = await ScheduleWithRegistrantsAsync(capacity: 2, "agent-arles", "agent-nimes", "agent-sete");
        Assert.Equal(0, await RunPassesAsync(2));

        // The day before, 00:10 in Paris: the worker's pass (its interval is one minute) reminds.
        _clock.SetUtcNow(ParisTime.StartOfDay(ParisTime.DateOf(_start).AddDays(-1)).AddMinutes(10).ToUniversalTime());
        var reminder = Assert.Single(await Eventually.Until(() => _host.OutboxAsync<SessionReminderDue>(), e => e.Count > 0, Patience, "the reminder"));
        Assert.Equal((session, _start), (reminder.SessionId, reminder.StartsAt));
        Assert.Equal(["agent-arles", "agent-nimes"], reminder.Attendees.Select(a => a.UserId));
        Assert.Equal("agent-arles@example.gouv.fr", reminder.Attendees[0].Email);

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunPassAsync()));
        await _host.RestartAsync();
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await RunPassesAsync(2));
        Assert.Single(await _host.OutboxAsync<SessionReminderDue>());

        // Moved two days later (no reschedule RPC yet: the row changes as one would): reminded for the new start.
        var moved = _start.AddDays(2);
        await _host.WithDbAsync(db => db.Sessions.Where(s => s.Id == session)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StartsAt, moved).SetProperty(r => r.EndsAt, moved.AddHours(3)), Cancellation));
        Assert.Equal(0, await RunPassesAsync(1));
        _clock.SetUtcNow(ParisTime.StartOfDay(ParisTime.DateOf(moved).AddDays(-1)).AddHours(8).ToUniversalTime());
        var reminders = await Eventually.Until(() => _host.OutboxAsync<SessionReminderDue>(), e => e.Count > 1, Patience, "the reminder of the moved session");
        Assert.Equal([_start, moved], reminders.Select(r => r.StartsAt));
        Assert.Equal(0, await RunPassesAsync(2));
    }

    [Fact]
    public async Task Concurrent_passes_remind_a_session_once()
    {
        var session = await ScheduleWithRegistrantsAsync(capacity: 10, "agent-albi");
        // Straight to the day before, before the worker's next pass: the four passes race for the session.
        _clock.SetUtcNow(ParisTime.StartOfDay(ParisTime.DateOf(_start).AddDays(-1)).AddHours(7).AddSeconds(30).ToUniversalTime());

        var reminded = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => RunPassAsync()));

        Assert.True(reminded.Sum() <= 1);
        var reminder = Assert.Single(await Eventually.Until(() => _host.OutboxAsync<SessionReminderDue>(), e => e.Count > 0, Patience, "the reminder"));
        Assert.Equal(session, reminder.SessionId);
    }

    [Fact]
    public async Task A_session_of_a_closed_plan_reminds_no_one()
    {
        var session = await ScheduleWithRegistrantsAsync(capacity: 10, "agent-agde");
        var plan = await _host.SeedPlanAsync("agent-agde", "coach-a", ParisTime.DateOf(_clock.GetUtcNow()), _clock.GetUtcNow());
        await _host.WithDbAsync(db => db.Sessions.Where(s => s.Id == session).ExecuteUpdateAsync(s => s.SetProperty(r => r.PlanId, plan.Id), Cancellation));
        await _host.WithDbAsync(db => db.Plans.Where(p => p.Id == plan.Id).ExecuteUpdateAsync(p => p
            .SetProperty(r => r.ClosedAt, _clock.GetUtcNow())
            .SetProperty(r => r.ClosureReason, "la sélection du jury a été retirée par une décision plus récente"), Cancellation));
        _clock.SetUtcNow(ParisTime.StartOfDay(ParisTime.DateOf(_start).AddDays(-1)).AddHours(8).ToUniversalTime());

        Assert.Equal(0, await RunPassesAsync(2));
        Assert.Empty(await _host.OutboxAsync<SessionReminderDue>());
    }

    private async Task<Guid> ScheduleWithRegistrantsAsync(int capacity, params string[] people)
    {
        var staff = Client(TestTokens.For("staff-ditp", Roles.ProgrammeStaff));
        var scheduled = await staff.ScheduleSessionsAsync(new ScheduleSessionsRequest
        {
            ProgrammeId = Guid.CreateVersion7().ToString(),
            Kind = SessionKind.PreparationWorkshop,
            Title = "Atelier de préparation du dossier",
            Start = Timestamp.FromDateTimeOffset(_start),
            End = Timestamp.FromDateTimeOffset(_start.AddHours(3)),
            Capacity = capacity,
            Location = "DITP, 20 avenue de Ségur, Paris",
        }, cancellationToken: Cancellation);
        var session = Assert.Single(scheduled.Sessions).Id;
        foreach (var person in people)
        {
            await Client(TestTokens.For(person, Roles.Applicant)).RegisterAsync(new RegisterRequest { SessionId = session }, cancellationToken: Cancellation);
        }
        return Guid.Parse(session);
    }

    private async Task<int> RunPassesAsync(int passes)
    {
        var reminded = 0;
        for (var i = 0; i < passes; i++)
        {
            reminded += await RunPassAsync();
        }
        return reminded;
    }

    private async Task<int> RunPassAsync()
    {
        await using var scope = _host.Service.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SessionReminders>().RunAsync(Cancellation);
    }

    private Sessions.SessionsClient Client(string token) => new(_host.Service.Channel(token));
}
