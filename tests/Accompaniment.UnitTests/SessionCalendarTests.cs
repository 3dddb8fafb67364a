using System.Text;
using Defis.Accompaniment.Domain.Calendar;
using Defis.Accompaniment.Domain.Sessions;
using static Defis.Accompaniment.UnitTests.Sessions;

namespace Defis.Accompaniment.UnitTests;

public sealed class SessionCalendarTests
{
    private static readonly DateTimeOffset Stamp = new(2018, 10, 1, 7, 30, 0, TimeSpan.Zero);

    private static string[] PhysicalLines(string ics) => ics.Split("\r\n")[..^1];

    [Fact]
    public void The_workshop_exported_then_read_back_is_the_same_session()
    {
        var session = ScheduledWorkshop();

        var read = Assert.Single(IcsReadBack.Events(SessionCalendar.Export(session, Stamp)));

        Assert.Equal(new ReadEvent(SessionCalendar.UidOf(session.Id), Stamp, session.Start, session.End, session.Title,
            session.Description, session.Location, null), read);
    }

    [Fact]
    public void Times_are_Paris_wall_clock_times_with_the_zone_defined_in_the_file()
    {
        var ics = SessionCalendar.Export(ScheduledWorkshop(), Stamp);
        var calendar = IcsReadBack.Load(ics);

        Assert.Contains("DTSTART;TZID=Europe/Paris:20181015T140000\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Paris:20181015T173000\r\n", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTAMP:20181001T073000Z\r\n", ics, StringComparison.Ordinal);
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Paris", zone.TzId);
        Assert.Equal(["DAYLIGHT", "STANDARD"], zone.Children.Select(c => c.Name));
        Assert.Equal(("2.0", "PUBLISH"), (calendar.Version, calendar.Method));
        Assert.EndsWith("END:VCALENDAR\r\n", ics, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_French_texts_fold_at_75_octets_without_splitting_a_character_and_come_back_whole()
    {
        var description = string.Concat(Enumerable.Repeat("Élaborer, tester ; itérer — « é, è, à, ç » \\ 🎯 ", 12)) + "\nDeuxième ligne\r\nTroisième.";
        var draft = Workshop() with { Title = "Préparation : échéances, critères ; équipe élargie — questions fréquentes des équipes", Description = description };
        var session = Session.Schedule(draft, ByOrganiser(PlannedAt)).Session;

        var ics = SessionCalendar.Export(session, Stamp);

        var lines = PhysicalLines(ics);
        Assert.All(lines, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, SessionCalendar.MaxLineOctets));
        Assert.All(lines, line => Assert.DoesNotContain('\uFFFD', line));
        Assert.All(lines, line => Assert.False(char.IsLowSurrogate(line.TrimStart(' ')[0]), "a fold split a surrogate pair"));
        Assert.Contains(lines, line => line.StartsWith(' ') && Encoding.UTF8.GetByteCount(line) >= SessionCalendar.MaxLineOctets - 3);
        Assert.DoesNotContain(lines, line => line.Contains('\n'));
        var read = Assert.Single(IcsReadBack.Events(ics));
        Assert.Equal(session.Title, read.Summary);
        Assert.Equal(description.Replace("\r\n", "\n", StringComparison.Ordinal), read.Description);
    }

    [Fact]
    public void Special_characters_are_escaped_in_text_but_not_in_the_address()
    {
        var session = Session.Schedule(Webinar(), ByOrganiser(PlannedAt)).Session;
        var ics = SessionCalendar.Export(ScheduledWorkshop(), Stamp);
        var online = SessionCalendar.Export(session, Stamp);

        Assert.Contains(@"LOCATION:Salle Condorcet\, 2e étage \; Paris 7e\, métro Ségur", ics, StringComparison.Ordinal);
        Assert.Contains("URL:https://visio.example.gouv.fr/webinaire?salle=defis&code=2021\r\n", online, StringComparison.Ordinal);
        var read = Assert.Single(IcsReadBack.Events(online));
        Assert.Equal((session.Url, (string?)null, session.Start, session.End), (read.Url, read.Location, read.Start, read.End));
    }

    [Fact]
    public void A_winter_session_round_trips_its_instants_too()
    {
        var winter = Workshop() with
        {
            Start = new DateTimeOffset(2021, 11, 5, 10, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2021, 11, 5, 11, 30, 0, TimeSpan.Zero),
        };
        var session = Session.Schedule(winter, ByOrganiser(PlannedAt)).Session;
        var ics = SessionCalendar.Export(session, Stamp);

        Assert.Contains("DTSTART;TZID=Europe/Paris:20211105T110000\r\n", ics, StringComparison.Ordinal);
        var read = Assert.Single(IcsReadBack.Events(ics));
        Assert.Equal((session.Start, session.End), (read.Start, read.End));
    }
}
