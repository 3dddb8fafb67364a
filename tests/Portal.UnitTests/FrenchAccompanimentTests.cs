using Defis.Contracts.Accompaniment.V1;
using Defis.Portal.Display;

namespace Defis.Portal.UnitTests;

public sealed class FrenchAccompanimentTests
{
    [Theory]
    [InlineData(2027, 3, 15, "15 mars 2027")]
    [InlineData(2026, 12, 1, "1 décembre 2026")]
    [InlineData(2028, 2, 29, "29 février 2028")]
    public void A_paris_day_reads_in_french(int year, int month, int day, string expected) =>
        Assert.Equal(expected, French.Day(new Google.Type.Date { Year = year, Month = month, Day = day }));

    [Fact]
    public void No_day_or_a_day_that_does_not_exist_reads_as_a_dash()
    {
        Assert.Equal("—", French.Day(null));
        Assert.Equal("—", French.Day(new Google.Type.Date()));
        Assert.Equal("—", French.Day(new Google.Type.Date { Year = 2027, Month = 2, Day = 29 }));
        Assert.Equal("—", French.Day(new Google.Type.Date { Year = 2027, Month = 13, Day = 1 }));
    }

    [Theory]
    [InlineData(MilestoneStatus.Planned, "Prévu", "fr-badge--info")]
    [InlineData(MilestoneStatus.InProgress, "En cours", "fr-badge--info")]
    [InlineData(MilestoneStatus.Submitted, "Justificatif remis", "fr-badge--new")]
    [InlineData(MilestoneStatus.Validated, "Validé", "fr-badge--success")]
    [InlineData(MilestoneStatus.Late, "En retard", "fr-badge--error")]
    [InlineData(MilestoneStatus.Waived, "Dispensé", "fr-badge--warning")]
    [InlineData(MilestoneStatus.Unspecified, "Inconnu", "fr-badge--info")]
    public void A_milestone_s_status_reads_in_french_with_its_colour(MilestoneStatus status, string label, string badge) =>
        Assert.Equal((label, badge), (French.MilestoneStatus(status), French.MilestoneStatusBadge(status)));

    [Theory]
    [InlineData(Phase.Exploration, "Exploration")]
    [InlineData(Phase.Incubation, "Incubation")]
    [InlineData(Phase.Experimentation, "Expérimentation")]
    [InlineData(Phase.Unspecified, "Phase non précisée")]
    public void A_plan_s_phase_reads_in_french(Phase phase, string label) => Assert.Equal(label, French.PlanPhase(phase));

    [Theory]
    [InlineData("", "Aucun risque signalé", "Aucune aide demandée")]
    [InlineData("  ", "Aucun risque signalé", "Aucune aide demandée")]
    [InlineData("Un partenaire hésite.", "Un partenaire hésite.", "Un partenaire hésite.")]
    public void A_check_in_s_empty_risks_and_help_read_as_none(string typed, string risks, string help) =>
        Assert.Equal((risks, help), (French.CheckInRisks(typed), French.CheckInHelp(typed)));
}
