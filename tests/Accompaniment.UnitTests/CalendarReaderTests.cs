using Defis.Accompaniment.Domain.Calendar;

namespace Defis.Accompaniment.UnitTests;

/// <summary>What the iCalendar reader refuses, naming the line, and how it reads dates and escaped text.</summary>
public sealed class CalendarReaderTests
{
    private static string Calendar(params string[] lines) => string.Join("\r\n", ["BEGIN:VCALENDAR", .. lines, "END:VCALENDAR"]);

    private static CalendarProperty Property(string line) => CalendarReader.Parse(Calendar(line)).Properties.Single();

    [Theory]
    [InlineData("X-FOO", "Line 2: malformed content line.")]
    [InlineData(":value", "Line 2: malformed content line.")]
    [InlineData("X-FOO;PARAM", "Line 2: malformed content line.")]
    [InlineData("X-FOO;P=\"abc", "Line 2: unterminated quoted parameter.")]
    [InlineData("X-FOO;P=\"abc\"", "Line 2: unterminated quoted parameter.")]
    [InlineData("X-FOO;P=abc", "Line 2: content line without value.")]
    [InlineData("X-FOO;P=\"a\"x:v", "Line 2: ':' expected before the value.")]
    [InlineData("END:VEVENT", "Line 2: END:VEVENT closes nothing open.")]
    public void A_malformed_line_is_refused_naming_its_number(string line, string message) =>
        Assert.Equal(message, Assert.Throws<FormatException>(() => CalendarReader.Parse(Calendar(line))).Message);

    [Fact]
    public void Closing_the_calendar_twice_or_never_is_refused()
    {
        Assert.Equal("Line 3: END:VCALENDAR closes nothing open.",
            Assert.Throws<FormatException>(() => CalendarReader.Parse(Calendar() + "\r\nEND:VCALENDAR")).Message);
        Assert.Contains("exactly one closed VCALENDAR", Assert.Throws<FormatException>(() => CalendarReader.Parse("BEGIN:VCALENDAR")).Message);
        Assert.Contains("exactly one closed VCALENDAR", Assert.Throws<FormatException>(() => CalendarReader.Parse(Calendar() + "\r\n" + Calendar())).Message);
    }

    [Fact]
    public void Folded_lines_are_joined_and_empty_lines_skipped()
    {
        var calendar = CalendarReader.Parse("BEGIN:VCALENDAR\r\nX-A:un\r\n  deux\r\n\r\nX-B;P=\"x;y:z\":trois\nEND:VCALENDAR");

        Assert.Equal(["un deux", "trois"], calendar.Properties.Select(p => p.Value));
        Assert.Equal("x;y:z", calendar.Properties[1].Parameter("P"));
        Assert.Equal("VCALENDAR", calendar.Name);
    }

    [Theory]
    [InlineData("a\\nb\\Nc", "a\nb\nc")]
    [InlineData("a\\,b\\;c\\\\d", "a,b;c\\d")]
    [InlineData("fin\\", "fin\\")]
    public void Escaped_text_is_read_back(string value, string text) => Assert.Equal(text, CalendarReader.UnescapeText(value));

    [Fact]
    public void Dates_are_read_in_utc_in_paris_or_in_their_own_zone()
    {
        Assert.Equal(new DateTimeOffset(2021, 10, 15, 12, 0, 0, TimeSpan.Zero), CalendarReader.ReadDateTime(Property("DTSTART:20211015T120000Z")));
        Assert.Equal(new DateTimeOffset(2021, 10, 15, 12, 0, 0, TimeSpan.FromHours(2)), CalendarReader.ReadDateTime(Property("DTSTART:20211015T120000")));
        Assert.Equal(new DateTimeOffset(2021, 10, 15, 12, 0, 0, TimeSpan.FromHours(2)),
            CalendarReader.ReadDateTime(Property("DTSTART;TZID=Europe/Paris:20211015T120000")));
        Assert.Equal(new DateTimeOffset(2021, 10, 15, 12, 0, 0, TimeSpan.FromHours(-4)),
            CalendarReader.ReadDateTime(Property("DTSTART;TZID=America/New_York:20211015T120000")));
        Assert.Equal(new DateTimeOffset(2021, 12, 1, 0, 0, 0, TimeSpan.FromHours(1)), CalendarReader.ReadDateTime(Property("DTSTART;VALUE=DATE:20211201")));
    }
}
