using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class ParisInputTests
{
    [Theory]
    // Winter time (UTC+1) and summer time (UTC+2), on each side of the 2026 spring change (29 March, 02:00 → 03:00).
    [InlineData("2026-03-28", "14:30", "2026-03-28T13:30:00Z")]
    [InlineData("2026-03-29", "01:30", "2026-03-29T00:30:00Z")]
    [InlineData("2026-03-29", "03:30", "2026-03-29T01:30:00Z")]
    [InlineData("2026-03-30", "14:30", "2026-03-30T12:30:00Z")]
    // And of the autumn change (25 October, 03:00 → 02:00).
    [InlineData("2026-10-24", "14:00", "2026-10-24T12:00:00Z")]
    [InlineData("2026-10-25", "03:30", "2026-10-25T02:30:00Z")]
    [InlineData("2026-10-26", "14:00", "2026-10-26T13:00:00Z")]
    public void A_Paris_day_and_time_name_the_instant_of_that_day_s_offset(string date, string time, string utc)
    {
        var reading = ParisInput.Read(date, time);

        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), reading.Instant);
        Assert.Equal((null, null), (reading.DateProblem, reading.TimeProblem));
    }

    [Theory]
    [InlineData("29/03/2026", "14h30")]
    [InlineData("29/3/2026", "14h30")]
    [InlineData(" 2026-03-29 ", "14:30")]
    [InlineData("2026-03-29", "14:30:00")]
    [InlineData("2026-03-29", "14H30")]
    public void What_people_type_without_a_date_picker_is_read_too(string date, string time) =>
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 12, 30, 0, TimeSpan.Zero), ParisInput.Read(date, time).Instant);

    [Fact]
    public void An_hour_skipped_when_clocks_go_forward_is_refused_on_the_time_rather_than_guessed()
    {
        var reading = ParisInput.Read("2026-03-29", "02:30");

        Assert.Null(reading.Instant);
        Assert.Null(reading.DateProblem);
        Assert.Equal("02:30 n'existe pas à Paris le 29 mars 2026 : les horloges passent de 2 h à 3 h ce jour-là. Choisissez une autre heure.", reading.TimeProblem);
    }

    [Fact]
    public void An_hour_lived_twice_when_clocks_go_back_is_its_first_summer_time_occurrence() =>
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 2, 30, 0, TimeSpan.FromHours(2)), ParisInput.Read("2026-10-25", "02:30").Instant);

    [Theory]
    [InlineData("31/02/2026", "10:00", ParisInput.BadDate, null)]
    [InlineData("demain", "10:00", ParisInput.BadDate, null)]
    [InlineData("2026-03-28", "25:00", null, ParisInput.BadTime)]
    [InlineData("2026-03-28", "midi", null, ParisInput.BadTime)]
    [InlineData("", "10:00", ParisInput.NoDate, null)]
    [InlineData("2026-03-28", " ", null, ParisInput.NoTime)]
    [InlineData("2026-13-01", "10h70", ParisInput.BadDate, ParisInput.BadTime)]
    public void What_cannot_be_read_is_said_on_the_day_or_the_time_and_names_no_instant(string date, string time, string? dateProblem, string? timeProblem)
    {
        var reading = ParisInput.Read(date, time);

        Assert.Equal((null, dateProblem, timeProblem), (reading.Instant, reading.DateProblem, reading.TimeProblem));
        Assert.False(reading.Blank);
    }

    [Fact]
    public void Nothing_typed_is_blank_and_left_for_the_platform_to_call_required()
    {
        var reading = ParisInput.Read(null, "  ");

        Assert.True(reading.Blank);
        Assert.Equal((null, null, null), (reading.Instant, reading.DateProblem, reading.TimeProblem));
    }

    [Theory]
    [InlineData("2027-11-02", 2027, 11, 2)]
    [InlineData(" 02/11/2027 ", 2027, 11, 2)]
    [InlineData("2/1/2028", 2028, 1, 2)]
    [InlineData("29/02/2028", 2028, 2, 29)]
    public void A_day_alone_is_read_as_browsers_send_it_and_as_people_type_it(string typed, int year, int month, int day)
    {
        Assert.Equal((new DateOnly(year, month, day), (string?)null), ParisInput.Day(typed));
    }

    [Theory]
    [InlineData("29/02/2027")]
    [InlineData("2027-13-01")]
    [InlineData("demain")]
    public void A_day_alone_that_is_not_one_is_said(string typed)
    {
        Assert.Equal(((DateOnly?)null, ParisInput.BadDate), ParisInput.Day(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void No_day_typed_is_no_problem_of_the_form(string? typed)
    {
        Assert.Equal(((DateOnly?)null, (string?)null), ParisInput.Day(typed));
    }

    [Fact]
    public void A_day_alone_is_the_contract_s_date_or_its_problem_said_on_its_input()
    {
        var input = new FormField("Jalon_Due", "due", "Échéance");
        var local = new FormErrors();

        var day = ParisInput.Day("29/02/2028", input, local);

        Assert.Equal((2028, 2, 29), (day?.Year, day?.Month, day?.Day));
        Assert.Null(ParisInput.Day("", input, local));
        Assert.False(local.Any);
        Assert.Null(ParisInput.Day("29/02/2027", input, local));
        Assert.Equal([("Jalon_Due", "Échéance", ParisInput.BadDate)], local.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }
}
