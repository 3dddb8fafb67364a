using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Sessions;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Sessions;

namespace Defis.Accompaniment.UnitTests;

public sealed class SessionRegistrationTests
{
    private static readonly DateTimeOffset Before = new(2018, 10, 1, 10, 0, 0, TimeSpan.FromHours(2));

    private readonly Session _session = ScheduledWorkshop(capacity: 2);

    private AccompanimentEvent Register(string userId, DateTimeOffset? at = null) =>
        _session.Register(Person(userId), ByCandidate(userId, at ?? Before));

    [Fact]
    public void Seats_go_in_arrival_order_then_the_waiting_list_fills()
    {
        var events = new[] { "ana", "bruno", "chloe", "driss" }.Select(u => Register(u)).ToList();

        Assert.IsType<RegistrationConfirmed>(events[0]);
        Assert.IsType<RegistrationConfirmed>(events[1]);
        Assert.Equal([1, 2], events.Skip(2).Cast<RegistrationWaitlisted>().Select(w => w.Position));
        Assert.Equal(["ana", "bruno"], _session.Confirmed.Select(r => r.Registrant.UserId));
        Assert.Equal(["chloe", "driss"], _session.WaitingList.Select(r => r.Registrant.UserId));
        Assert.Equal([1L, 2L, 3L, 4L], _session.Registrations.Select(r => r.Arrival));
        Assert.Equal(0, _session.SeatsLeft);
    }

    [Fact]
    public void A_cancelled_seat_goes_at_once_to_the_earliest_person_waiting()
    {
        foreach (var u in new[] { "ana", "bruno", "chloe", "driss" })
        {
            Register(u);
        }

        var events = _session.Cancel("bruno", ByCandidate("bruno", Before.AddHours(1)));

        Assert.Equal(
            [typeof(RegistrationCancelled), typeof(RegistrationPromoted)], events.Select(e => e.GetType()));
        Assert.Equal("chloe", ((RegistrationPromoted)events[1]).UserId);
        Assert.Equal(["ana", "chloe"], _session.Confirmed.Select(r => r.Registrant.UserId));
        Assert.Equal(["driss"], _session.WaitingList.Select(r => r.Registrant.UserId));
        Assert.Equal(Before.AddHours(1), _session.Confirmed[1].PromotedAt);
    }

    [Fact]
    public void Leaving_the_waiting_list_promotes_nobody_and_a_second_cancel_changes_nothing()
    {
        foreach (var u in new[] { "ana", "bruno", "chloe", "driss" })
        {
            Register(u);
        }

        var events = _session.Cancel("chloe", ByCandidate("chloe", Before));
        Assert.False(Assert.IsType<RegistrationCancelled>(Assert.Single(events)).HadSeat);
        Assert.Empty(_session.Cancel("chloe", ByCandidate("chloe", Before)));
        Assert.Equal(["driss"], _session.WaitingList.Select(r => r.Registrant.UserId));
    }

    [Fact]
    public void Registering_twice_is_refused_by_account_or_by_address()
    {
        Register("ana");
        var twice = Assert.Throws<ConflictException>(() => Register("ana"));
        Assert.True(twice.AlreadyExists);
        var sameAddress = new Registrant("ana-2", "ANA@exemple.gouv.fr");
        Assert.Throws<ConflictException>(() => _session.Register(sameAddress, ByCandidate("ana-2", Before)));
        Assert.Single(_session.Registrations);
    }

    [Fact]
    public void After_cancelling_one_may_register_again_at_the_end_of_the_line()
    {
        foreach (var u in new[] { "ana", "bruno", "chloe" })
        {
            Register(u);
        }
        _session.Cancel("ana", ByCandidate("ana", Before));

        var back = Assert.IsType<RegistrationWaitlisted>(Register("ana"));

        Assert.Equal(1, back.Position);
        Assert.Equal(["bruno", "chloe"], _session.Confirmed.Select(r => r.Registrant.UserId));
    }

    [Fact]
    public void A_session_with_no_seat_is_refused_with_every_bad_field()
    {
        var draft = Workshop() with { Capacity = 0, Title = "", Location = null, End = Workshop().Start };
        var refused = Assert.Throws<RequestValidationException>(() => Session.Schedule(draft, ByOrganiser(PlannedAt)));

        Assert.Equal(["title", "end", "capacity", "location"], refused.Violations.Select(v => v.Field));
        Assert.Equal("La capacité doit être comprise entre 1 et 10000 places (ici 0).", refused.Violations[2].Description);
    }

    [Fact]
    public void A_webinar_address_must_be_http_or_https()
    {
        var refused = Assert.Throws<RequestValidationException>(() =>
            Session.Schedule(Webinar() with { Url = "teams:rejoindre" }, ByOrganiser(PlannedAt)));
        Assert.Equal("url", Assert.Single(refused.Violations).Field);
    }

    [Fact]
    public void Registrants_are_people_with_a_valid_address_and_register_themselves()
    {
        var bad = Assert.Throws<RequestValidationException>(() => _session.Register(new Registrant("", "pas-une-adresse"), ByCandidate("x", Before)));
        Assert.Equal(["registrant.user_id", "registrant.email"], bad.Violations.Select(v => v.Field));
        Assert.Throws<PermissionDeniedException>(() => _session.Register(Person("ana"), ByCandidate("bruno", Before)));
        Assert.Throws<PermissionDeniedException>(() => Session.Schedule(Workshop(), ByCandidate("ana", PlannedAt)));
        // Staff may register someone who called in.
        Assert.IsType<RegistrationConfirmed>(_session.Register(Person("ana"), ByOrganiser(Before)));
        Assert.Throws<PermissionDeniedException>(() => _session.Cancel("ana", ByCandidate("bruno", Before)));
        Assert.Throws<NotFoundException>(() => _session.Cancel("zoe", ByCandidate("zoe", Before)));
    }

    [Fact]
    public void Raising_the_capacity_promotes_in_order_and_it_never_drops_below_the_seats_given()
    {
        foreach (var u in new[] { "ana", "bruno", "chloe", "driss", "eve" })
        {
            Register(u);
        }
        var lower = Assert.Throws<PreconditionFailedException>(() => _session.ChangeCapacity(1, ByOrganiser(Before)));
        Assert.Equal("CAPACITY", Assert.Single(lower.Violations).Type);

        var promoted = _session.ChangeCapacity(4, ByOrganiser(Before));

        Assert.Equal(["chloe", "driss"], promoted.Cast<RegistrationPromoted>().Select(p => p.UserId));
        Assert.Equal(["eve"], _session.WaitingList.Select(r => r.Registrant.UserId));
        Assert.Throws<RequestValidationException>(() => _session.ChangeCapacity(0, ByOrganiser(Before)));
    }

    [Fact]
    public void Registration_closes_when_the_session_starts_and_attendance_opens()
    {
        Register("ana");
        Register("bruno");
        Register("chloe");
        var start = _session.Start;

        Assert.Throws<PreconditionFailedException>(() => Register("driss", start));
        Assert.Throws<PreconditionFailedException>(() => _session.Cancel("ana", ByCandidate("ana", start)));
        Assert.Throws<PreconditionFailedException>(() => _session.RecordAttendance("ana", true, ByOrganiser(start.AddTicks(-1))));

        _session.RecordAttendance("ana", true, ByOrganiser(start.AddMinutes(10)));
        _session.RecordAttendance("bruno", false, ByOrganiser(start.AddMinutes(10)));

        Assert.Equal([true, false], _session.Confirmed.Select(r => r.Attended));
        Assert.Throws<NotFoundException>(() => _session.RecordAttendance("chloe", true, ByOrganiser(start.AddMinutes(10))));
        Assert.Throws<PermissionDeniedException>(() => _session.RecordAttendance("ana", true, ByCandidate("ana", start.AddMinutes(10))));
    }
}
