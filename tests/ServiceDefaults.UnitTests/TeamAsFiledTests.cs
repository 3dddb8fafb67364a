using Defis.SharedKernel.Teams;

namespace Defis.ServiceDefaults.UnitTests;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("  Claire.Martin@Example.GOUV.fr ", "claire.martin@example.gouv.fr")]
    [InlineData("paul@example.gouv.fr", "paul@example.gouv.fr")]
    [InlineData("\tÉLISE@EXAMPLE.FR\n", "élise@example.fr")]
    [InlineData("   ", "")]
    [InlineData(null, "")]
    public void An_address_is_compared_trimmed_and_in_lower_case(string? typed, string normalised) =>
        Assert.Equal(normalised, EmailAddress.Normalised(typed));

    [Fact]
    public void The_lower_case_does_not_depend_on_the_culture()
    {
        var before = Thread.CurrentThread.CurrentCulture;
        try
        {
            // Turkish lower-cases I to a dotless ı.
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("ines@example.fr", EmailAddress.Normalised("INES@EXAMPLE.FR"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = before;
        }
    }

    [Fact]
    public void A_list_is_normalised_without_blanks_or_repeats_in_ordinal_order() =>
        // Ordinal: « é » comes after every unaccented letter, where French sorting would put it among the e's.
        Assert.Equal(["ana@x.fr", "b@x.fr", "fanny@x.fr", "éric@x.fr"],
            EmailAddress.NormalisedList(["b@x.fr", " ", "", "Éric@x.fr", "ANA@x.fr", " ana@x.fr", "fanny@X.fr", "b@x.fr"]));

    [Fact]
    public void An_empty_list_stays_empty() => Assert.Empty(EmailAddress.NormalisedList([" ", ""]));

    [Theory]
    [InlineData(" Claire.Martin@example.gouv.fr", true)]
    [InlineData("claire.martin@example.gouv.fr", true)]
    [InlineData("paul@example.gouv.fr", false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData(null, false)]
    public void A_caller_is_among_the_addresses_by_their_normalised_address(string? email, bool among) =>
        Assert.Equal(among, EmailAddress.IsAmong(email, ["ana@x.fr", "claire.martin@example.gouv.fr"]));

    [Fact]
    public void No_address_is_among_a_list_holding_a_blank() => Assert.False(EmailAddress.IsAmong(" ", [""]));
}

public sealed class TeamAsFiledTests
{
    private static readonly DateTimeOffset Filed = new(2021, 3, 15, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void Before_any_filing_nobody_co_edits_and_every_filing_is_newer()
    {
        Assert.Empty(TeamAsFiled.None.CoEditorEmails);
        Assert.Equal(DateTimeOffset.UnixEpoch, TeamAsFiled.None.FiledAt);
        var heard = TeamAsFiled.None.Hear(["Ana@x.fr"], Filed);
        Assert.Equal(["ana@x.fr"], heard.CoEditorEmails);
    }

    [Fact]
    public void A_team_is_kept_normalised_and_its_instant_in_utc()
    {
        var team = new TeamAsFiled(["  Zoé@X.fr", "ana@x.fr", "", "ANA@x.fr"], Filed);
        Assert.Equal(["ana@x.fr", "zoé@x.fr"], team.CoEditorEmails);
        Assert.Equal(TimeSpan.Zero, team.FiledAt.Offset);
        Assert.Equal(new DateTimeOffset(2021, 3, 15, 9, 0, 0, TimeSpan.Zero), team.FiledAt);
    }

    [Fact]
    public void A_newer_filing_replaces_the_team()
    {
        var first = new TeamAsFiled(["ana@x.fr"], Filed);
        var refiled = first.Hear(["paul@x.fr"], Filed.AddDays(10));
        Assert.Equal(["paul@x.fr"], refiled.CoEditorEmails);
        Assert.Equal(Filed.AddDays(10).ToUniversalTime(), refiled.FiledAt);
        Assert.Equal(TimeSpan.Zero, refiled.FiledAt.Offset);
        Assert.Empty(refiled.Hear([], Filed.AddDays(11)).CoEditorEmails);
    }

    [Fact]
    public void An_older_filing_arriving_late_changes_nothing()
    {
        var refiled = new TeamAsFiled(["paul@x.fr"], Filed.AddDays(10));
        Assert.Same(refiled, refiled.Hear(["ana@x.fr"], Filed));
        // Earlier by a tick, told in another offset: still older.
        Assert.Same(refiled, refiled.Hear(["ana@x.fr"], Filed.AddDays(10).AddTicks(-1).ToOffset(TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void A_filing_at_the_same_instant_is_heard()
    {
        var team = new TeamAsFiled(["ana@x.fr"], Filed);
        var again = team.Hear(["ana@x.fr", "paul@x.fr"], Filed.ToUniversalTime());
        Assert.Equal(["ana@x.fr", "paul@x.fr"], again.CoEditorEmails);
    }

    [Fact]
    public void Whatever_order_the_filings_arrive_in_the_newest_team_is_kept()
    {
        (string[] Emails, DateTimeOffset At)[] filings = [(["ana@x.fr"], Filed), (["paul@x.fr"], Filed.AddDays(10)), (["Léa@x.fr"], Filed.AddDays(3))];
        foreach (var order in new[] { new[] { 0, 1, 2 }, [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0] })
        {
            var team = order.Aggregate(TeamAsFiled.None, (kept, i) => kept.Hear(filings[i].Emails, filings[i].At));
            Assert.Equal(["paul@x.fr"], team.CoEditorEmails);
        }
    }
}
