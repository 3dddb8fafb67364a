using System.Net;
using System.Text.Json;
using Defis.Client;
using Defis.Contracts.Accompaniment.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Time;
using Defis.Testing;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Accompaniment.IntegrationTests;

/// <summary>
/// « My registrations » on real PostgreSQL: each person lists their own only (the token says whose), a seat or a place in
/// line, in session start order; a cancelled registration leaves the list, an ended session shows only when asked; a
/// malformed flag is refused by name.
/// </summary>
public sealed class MyRegistrationsTests(PlatformInfrastructure infrastructure) : IAsyncLifetime
{
    private readonly AccompanimentHost _host = new(infrastructure);
    private readonly string _staff = TestTokens.For("staff-ditp", Roles.ProgrammeStaff);
    private readonly string _rennes = TestTokens.For("agent-rennes", Roles.Applicant);
    // A candidate with no role yet: nobody needs a dossier to attend a webinar.
    private readonly string _brest = TestTokens.For("agent-brest");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _host.StartAsync();

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Each_person_lists_their_own_seat_or_place_in_line_and_no_one_else_s()
    {
        var workshop = await ScheduleAsync("Atelier de préparation du dossier", inDays: 10, capacity: 1);
        var webinar = await ScheduleAsync("Webinaire d'information", inDays: 5, capacity: 20);
        await RegisterAsync(_rennes, workshop);
        await RegisterAsync(_brest, workshop);
        await RegisterAsync(_brest, webinar);

        var rennes = Assert.Single((await MineAsync(_rennes)).Registrations);
        Assert.Equal((workshop.Id, "agent-rennes", RegistrationStatus.Confirmed, 0),
            (rennes.Session.Id, rennes.Registration.UserId, rennes.Registration.Status, rennes.Registration.WaitingPosition));
        var brest = (await MineAsync(_brest)).Registrations;
        // In start order: the webinar, five days ahead, before the workshop, where agent-brest waits first in line.
        Assert.Equal([(webinar.Id, RegistrationStatus.Confirmed, 0), (workshop.Id, RegistrationStatus.Waitlisted, 1)],
            brest.Select(r => (r.Session.Id, r.Registration.Status, r.Registration.WaitingPosition)));
        Assert.All(brest, r => Assert.Equal("agent-brest", r.Registration.UserId));
        Assert.Equal((workshop.Title, workshop.Location, 0, 1), (brest[1].Session.Title, brest[1].Session.Location, brest[1].Session.SeatsLeft, brest[1].Session.Waiting));
        // Staff organise these sessions, yet their own list is theirs alone: empty.
        Assert.Empty((await MineAsync(_staff)).Registrations);
        var anonymous = await Assert.ThrowsAsync<RpcException>(() =>
            Client(null).ListMyRegistrationsAsync(new ListMyRegistrationsRequest(), cancellationToken: Cancellation).ResponseAsync);
        Assert.Equal(StatusCode.Unauthenticated, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_registration_leaves_the_list_and_the_next_in_line_reads_their_seat()
    {
        var workshop = await ScheduleAsync("Atelier de préparation du dossier", inDays: 10, capacity: 1);
        await RegisterAsync(_rennes, workshop);
        await RegisterAsync(_brest, workshop);

        await Client(_rennes).CancelRegistrationAsync(new CancelRegistrationRequest { SessionId = workshop.Id }, cancellationToken: Cancellation);

        Assert.Empty((await MineAsync(_rennes)).Registrations);
        var promoted = Assert.Single((await MineAsync(_brest)).Registrations);
        Assert.Equal((RegistrationStatus.Confirmed, 0), (promoted.Registration.Status, promoted.Registration.WaitingPosition));
        // Back in line after cancelling: the new registration, once, beside the cancelled one the session keeps.
        await RegisterAsync(_rennes, workshop);
        var again = Assert.Single((await MineAsync(_rennes)).Registrations);
        Assert.Equal((RegistrationStatus.Waitlisted, 1, 3L), (again.Registration.Status, again.Registration.WaitingPosition, again.Registration.Arrival));
    }

    [Fact]
    public async Task An_ended_session_shows_only_when_asked()
    {
        var workshop = await ScheduleAsync("Atelier de préparation du dossier", inDays: 10, capacity: 10);
        var webinar = await ScheduleAsync("Webinaire d'information", inDays: 5, capacity: 10);
        await RegisterAsync(_rennes, workshop);
        await RegisterAsync(_rennes, webinar);
        // Registration closes when a session starts, so the webinar is moved to yesterday as its row would then read.
        var yesterday = DateTimeOffset.UtcNow.AddDays(-1);
        await _host.WithDbAsync(db => db.Sessions.Where(s => s.Id == Guid.Parse(webinar.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.StartsAt, yesterday).SetProperty(r => r.EndsAt, yesterday.AddHours(2)), Cancellation));

        Assert.Equal([workshop.Id], (await MineAsync(_rennes)).Registrations.Select(r => r.Session.Id));
        Assert.Equal([webinar.Id, workshop.Id], (await MineAsync(_rennes, includePast: true)).Registrations.Select(r => r.Session.Id));
        // The SDK on the REST route: the flag in the query as transcoding reads a bool.
        using var sdk = new DefisClient(_host.Service.Server.BaseAddress, _ => Task.FromResult(_rennes), _host.Service.Server.CreateHandler());
        Assert.Equal([webinar.Id, workshop.Id], (await sdk.Sessions.ListMyRegistrationsAsync(includePast: true, Cancellation)).Registrations.Select(r => r.Session.Id));
        Assert.Equal([workshop.Id], (await sdk.Sessions.ListMyRegistrationsAsync(cancellationToken: Cancellation)).Registrations.Select(r => r.Session.Id));
    }

    [Theory]
    [InlineData("includePast", "peut-être")]
    [InlineData("include_past", "True")]
    [InlineData("includePast", "1")]
    public async Task A_malformed_flag_is_a_400_naming_it_as_the_client_wrote_it(string name, string value)
    {
        using var http = _host.Service.Http(_rennes);

        using var response = await http.GetAsync($"/api/v1/accompaniment/registrations/mine?{name}={Uri.EscapeDataString(value)}", Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var violation = Assert.Single(json.RootElement.GetProperty("details").EnumerateArray()
            .Where(detail => detail.TryGetProperty("fieldViolations", out _))
            .SelectMany(detail => detail.GetProperty("fieldViolations").EnumerateArray()));
        Assert.Equal(name, violation.GetProperty("field").GetString());
        Assert.Equal("true ou false est attendu ici.", violation.GetProperty("description").GetString());
    }

    private async Task<Session> ScheduleAsync(string title, int inDays, int capacity)
    {
        var start = ParisTime.StartOfDay(ParisTime.DateOf(DateTimeOffset.UtcNow).AddDays(inDays)).AddHours(14);
        var scheduled = await Client(_staff).ScheduleSessionsAsync(new ScheduleSessionsRequest
        {
            ProgrammeId = Guid.CreateVersion7().ToString(),
            Kind = SessionKind.PreparationWorkshop,
            Title = title,
            Start = Timestamp.FromDateTimeOffset(start),
            End = Timestamp.FromDateTimeOffset(start.AddHours(2)),
            Capacity = capacity,
            Location = "DITP, 20 avenue de Ségur, Paris",
        }, cancellationToken: Cancellation);
        return Assert.Single(scheduled.Sessions);
    }

    private Task RegisterAsync(string token, Session session) =>
        Client(token).RegisterAsync(new RegisterRequest { SessionId = session.Id }, cancellationToken: Cancellation).ResponseAsync;

    private Task<ListMyRegistrationsResponse> MineAsync(string token, bool includePast = false) =>
        Client(token).ListMyRegistrationsAsync(new ListMyRegistrationsRequest { IncludePast = includePast }, cancellationToken: Cancellation).ResponseAsync;

    private Sessions.SessionsClient Client(string? token) => new(_host.Service.Channel(token));
}
