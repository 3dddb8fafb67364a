using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Sessions;
using Defis.SharedKernel.Errors;
using static Defis.Accompaniment.UnitTests.Sessions;

namespace Defis.Accompaniment.UnitTests;

/// <summary>Seats, durations and start times of a session, at the limit and one unit (seat, second, tick) either side.</summary>
public sealed class SessionLimitTests
{
    private static Session WithSeatsTaken(int capacity, params string[] people)
    {
        var session = ScheduledWorkshop(capacity);
        foreach (var person in people)
        {
            session.Register(Person(person), ByCandidate(person, PlannedAt));
        }
        return session;
    }

    [Fact]
    public void The_capacity_may_come_down_to_exactly_the_seats_given_but_not_one_below()
    {
        var session = WithSeatsTaken(3, "ana", "bruno", "chloe");

        var error = Assert.Throws<PreconditionFailedException>(() => session.ChangeCapacity(2, ByOrganiser(PlannedAt)));
        Assert.Equal(("CAPACITY", "capacity"), (error.Violations[0].Type, error.Violations[0].Subject));
        Assert.Contains("3 personnes", error.Message);

        Assert.Empty(session.ChangeCapacity(3, ByOrganiser(PlannedAt)));
        Assert.Equal(3, session.Capacity);
    }

    [Theory]
    [InlineData(SessionDraft.MaxCapacity, true)]
    [InlineData(SessionDraft.MaxCapacity + 1, false)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void A_session_holds_1_to_10000_seats(int capacity, bool accepted)
    {
        var session = ScheduledWorkshop();

        var change = () => session.ChangeCapacity(capacity, ByOrganiser(PlannedAt));
        Action schedule = () => Session.Schedule(Workshop(capacity), ByOrganiser(PlannedAt));

        if (accepted)
        {
            change();
            schedule();
            Assert.Equal(capacity, session.Capacity);
        }
        else
        {
            Assert.Contains(capacity.ToString(), Assert.Single(Assert.Throws<RequestValidationException>(change).Violations).Description);
            Assert.Equal("capacity", Assert.Single(Assert.Throws<RequestValidationException>(schedule).Violations).Field);
        }
    }

    [Fact]
    public void Only_an_organiser_changes_the_capacity()
    {
        var session = ScheduledWorkshop();

        Assert.Throws<PermissionDeniedException>(() => session.ChangeCapacity(50, ByCandidate("ana", PlannedAt)));
        Assert.Equal(40, session.Capacity);
    }

    [Fact]
    public void Seats_freed_after_the_start_promote_nobody()
    {
        var session = WithSeatsTaken(1, "ana", "bruno");
        var start = session.Start;

        Assert.Empty(session.ChangeCapacity(2, ByOrganiser(start)));
        Assert.Equal(["bruno"], session.WaitingList.Select(r => r.Registrant.UserId));
        Assert.IsType<RegistrationPromoted>(Assert.Single(WithSeatsTaken(1, "ana", "bruno").ChangeCapacity(2, ByOrganiser(start.AddTicks(-1)))));
    }

    [Fact]
    public void Attendance_is_recorded_from_the_very_start()
    {
        var session = WithSeatsTaken(2, "ana");

        Assert.True(session.RecordAttendance("ana", true, ByOrganiser(session.Start)).Attended);
        Assert.Throws<PermissionDeniedException>(() => session.RecordAttendance("ana", false, ByCandidate("ana", session.Start)));
    }

    [Fact]
    public void Every_refusal_of_a_registration_says_why()
    {
        var session = WithSeatsTaken(2, "ana");
        var refusals = new ServiceException[]
        {
            Assert.Throws<ConflictException>(() => session.Register(Person("ana"), ByCandidate("ana", PlannedAt))),
            Assert.Throws<PreconditionFailedException>(() => session.Register(Person("bruno"), ByCandidate("bruno", session.Start))),
            Assert.Throws<PreconditionFailedException>(() => session.Cancel("ana", ByCandidate("ana", session.Start))),
            Assert.Throws<PreconditionFailedException>(() => session.RecordAttendance("ana", true, ByOrganiser(session.Start.AddTicks(-1)))),
            Assert.Throws<PermissionDeniedException>(() => session.Register(Person("bruno"), ByCandidate("chloe", PlannedAt))),
        };

        Assert.All(refusals, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Equal([("SESSION_STARTED", "session"), ("SESSION_STARTED", "session"), ("SESSION_NOT_STARTED", "session")],
            refusals.OfType<PreconditionFailedException>().Select(e => (e.Violations[0].Type, e.Violations[0].Subject)));
    }

    [Theory]
    [InlineData(12 * 60, true)]
    [InlineData(12 * 60 + 1, false)]
    [InlineData(1, true)]
    [InlineData(0, false)]
    public void A_session_lasts_at_most_12_hours(int minutes, bool accepted)
    {
        var draft = Workshop() with { End = Workshop().Start.AddMinutes(minutes) };

        if (accepted)
        {
            Session.Schedule(draft, ByOrganiser(PlannedAt));
        }
        else
        {
            var error = Assert.Throws<RequestValidationException>(() => Session.Schedule(draft, ByOrganiser(PlannedAt)));
            Assert.Contains("12 heures", Assert.Single(error.Violations, v => v.Field == "end").Description);
        }
    }

    [Fact]
    public void A_draft_names_each_bad_field_and_says_why()
    {
        var draft = Workshop() with
        {
            ProgrammeId = Guid.Empty,
            Kind = (SessionKind)42,
            Description = new string('d', SessionDraft.DescriptionMaxLength + 1),
            Location = new string('l', SessionDraft.LocationMaxLength + 1),
        };

        var error = Assert.Throws<RequestValidationException>(() => Session.Schedule(draft, ByOrganiser(PlannedAt)));

        Assert.Equal(["kind", "description", "location", "programme_id"], error.Violations.Select(v => v.Field));
        Assert.All(error.Violations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
    }

    [Fact]
    public void A_place_or_a_valid_address_is_needed_and_a_bad_address_is_named_alone()
    {
        var nowhere = Workshop() with { Location = null, Url = null };
        var badUrl = Workshop() with { Location = null, Url = "ftp://visio.example.fr" };

        var missing = Assert.Single(Assert.Throws<RequestValidationException>(() => Session.Schedule(nowhere, ByOrganiser(PlannedAt))).Violations);
        var bad = Assert.Single(Assert.Throws<RequestValidationException>(() => Session.Schedule(badUrl, ByOrganiser(PlannedAt))).Violations);

        Assert.Equal("location", missing.Field);
        Assert.Contains("lieu", missing.Description);
        Assert.Equal("url", bad.Field);
        Assert.Contains("http", bad.Description);
    }

    [Fact]
    public void A_series_is_scheduled_by_an_organiser_from_a_valid_first_session()
    {
        var rule = RecurrenceRule.Parse("FREQ=WEEKLY;COUNT=3");

        Assert.Throws<PermissionDeniedException>(() => Session.ScheduleSeries(Workshop(), rule, ByCandidate("ana", PlannedAt)));
        Assert.Throws<RequestValidationException>(() => Session.ScheduleSeries(Workshop(0), rule, ByOrganiser(PlannedAt)));
        Assert.Equal(3, Session.ScheduleSeries(Workshop(), rule, ByOrganiser(PlannedAt)).Count);
    }
}
