using System.Net;
using Defis.Accompaniment.Domain.Calendar;
using Defis.Contracts.Accompaniment.V1;
using Defis.Contracts.Events;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// Seats under concurrency, on real PostgreSQL: the session row lock gives exactly the capacity, in arrival
/// order, and a cancellation hands the seat to the first person waiting. Also the weekly series and the .ics file.
/// </summary>
public sealed class RegistrationRaceTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly AccompanimentHost _host = new(infrastructure);
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);
    private static readonly Guid ProgrammeId = Guid.CreateVersion7();

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Thirty_people_racing_for_twenty_seats_get_twenty_seats_then_a_waiting_list_in_arrival_order()
    {
        var session = await ScheduleAsync(capacity: 20);
        var users = Enumerable.Range(1, 30).Select(i => $"agent-{i:00}").ToList();

        var registrations = await Task.WhenAll(users.Select(user =>
            Client(TestTokens.For(user, Roles.Applicant)).RegisterAsync(new RegisterRequest { SessionId = session.Id }, cancellationToken: Cancellation).ResponseAsync));

        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), registrations.Select(r => r.Arrival).Order());
        var byArrival = registrations.OrderBy(r => r.Arrival).ToList();
        Assert.All(byArrival.Take(20), r => Assert.Equal(RegistrationStatus.Confirmed, r.Status));
        Assert.All(byArrival.Skip(20), r => Assert.Equal(RegistrationStatus.Waitlisted, r.Status));
        Assert.Equal(Enumerable.Range(1, 10), byArrival.Skip(20).Select(r => r.WaitingPosition));
        var listed = await Client(_staff).ListRegistrationsAsync(new ListRegistrationsRequest { SessionId = session.Id }, cancellationToken: Cancellation);
        Assert.Equal(20, listed.Registrations.Count(r => r.Status == RegistrationStatus.Confirmed));
        Assert.Equal(byArrival.Skip(20).Select(r => r.UserId), listed.Registrations.Where(r => r.Status == RegistrationStatus.Waitlisted).Select(r => r.UserId));
        Assert.Equal(20, (await _host.OutboxAsync<SessionRegistrationConfirmed>()).Count);
        Assert.Equal(10, (await _host.OutboxAsync<SessionRegistrationWaitlisted>()).Count);

        var firstWaiting = byArrival[20].UserId;
        var afterCancel = await Client(TestTokens.For(byArrival[3].UserId, Roles.Applicant))
            .CancelRegistrationAsync(new CancelRegistrationRequest { SessionId = session.Id }, cancellationToken: Cancellation);

        Assert.Equal(0, afterCancel.SeatsLeft);
        Assert.Equal(9, afterCancel.Waiting);
        var promoted = Assert.Single(await _host.OutboxAsync<SessionRegistrationPromoted>());
        Assert.Equal(firstWaiting, promoted.UserId);
        var relisted = await Client(_staff).ListRegistrationsAsync(new ListRegistrationsRequest { SessionId = session.Id }, cancellationToken: Cancellation);
        Assert.Equal(RegistrationStatus.Confirmed, relisted.Registrations.Single(r => r.UserId == firstWaiting).Status);
        Assert.Equal(RegistrationStatus.Cancelled, relisted.Registrations.Single(r => r.UserId == byArrival[3].UserId).Status);
    }

    [Fact]
    public async Task Registering_twice_is_refused_as_already_existing()
    {
        var session = await ScheduleAsync(capacity: 5);
        var client = Client(TestTokens.For("candidate-nantes"));
        await client.RegisterAsync(new RegisterRequest { SessionId = session.Id }, cancellationToken: Cancellation);

        var error = await Assert.ThrowsAsync<RpcException>(() =>
            client.RegisterAsync(new RegisterRequest { SessionId = session.Id }, cancellationToken: Cancellation).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, error.StatusCode);
    }

    [Fact]
    public async Task Every_friday_of_september_2021_from_a_recurrence_rule_keeps_its_paris_time()
    {
        var first = ParisTime.StartOfDay(new DateOnly(2021, 9, 3)).AddHours(11);
        var series = await Client(_staff).ScheduleSessionsAsync(Request(first, 100, "FREQ=WEEKLY;BYDAY=FR;UNTIL=20210930"), cancellationToken: Cancellation);

        Assert.Equal(new[] { 3, 10, 17, 24 }, series.Sessions.Select(s => ParisTime.ToParis(s.Start.ToDateTimeOffset()).Day));
        Assert.All(series.Sessions, s => Assert.Equal(11, ParisTime.ToParis(s.Start.ToDateTimeOffset()).Hour));
        Assert.Single(series.Sessions.Select(s => s.SeriesId).Distinct());
    }

    [Fact]
    public async Task The_ics_export_reads_back_as_the_session()
    {
        var session = await ScheduleAsync(capacity: 30);
        using var http = _host.Service.Http(TestTokens.For("candidate-lille"));

        using var response = await http.GetAsync($"/api/v1/accompaniment/sessions/{session.Id}/calendar.ics", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        // Read by Ical.Net, a reader we did not write, as an agenda would.
        var calendar = Assert.Single(Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync(Cancellation))!.Events);
        Assert.Equal(SessionCalendar.UidOf(Guid.Parse(session.Id)), calendar.Uid);
        Assert.Equal(session.Start.ToDateTime(), calendar.DtStart!.AsUtc);
        Assert.Equal(session.End.ToDateTime(), calendar.DtEnd!.AsUtc);
        Assert.Equal(session.Title, calendar.Summary);
        using var missing = await http.GetAsync($"/api/v1/accompaniment/sessions/{Guid.CreateVersion7()}/calendar.ics", Cancellation);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    private async Task<Session> ScheduleAsync(int capacity)
    {
        var start = ParisTime.StartOfDay(ParisTime.DateOf(DateTimeOffset.UtcNow).AddDays(10)).AddHours(14);
        var response = await Client(_staff).ScheduleSessionsAsync(Request(start, capacity), cancellationToken: Cancellation);
        return Assert.Single(response.Sessions);
    }

    private static ScheduleSessionsRequest Request(DateTimeOffset start, int capacity, string recurrence = "") => new()
    {
        ProgrammeId = ProgrammeId.ToString(),
        Kind = SessionKind.PreparationWorkshop,
        Title = "Atelier de préparation du dossier",
        Description = "Relecture des dossiers, questions sur l'éligibilité ; venez nombreux.",
        Start = Timestamp.FromDateTimeOffset(start),
        End = Timestamp.FromDateTimeOffset(start.AddHours(3)),
        Capacity = capacity,
        Location = "DITP, 20 avenue de Ségur, Paris",
        Recurrence = recurrence,
    };

    private Sessions.SessionsClient Client(string token) => new(_host.Service.Channel(token));
}
