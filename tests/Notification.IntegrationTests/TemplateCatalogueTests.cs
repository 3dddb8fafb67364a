using Defis.Contracts.Events;
using Defis.Notification.Domain;
using Defis.Notification.Events;

namespace Defis.Notification.IntegrationTests;

/// <summary>Every integration event of the platform is either notified (it has a consumer and a template) or knowingly not.</summary>
public sealed class TemplateCatalogueTests
{
    /// <summary>Events nobody needs to be told about by Notification, each with why.</summary>
    private static readonly Dictionary<string, string> NotNotified = new()
    {
        ["ProgrammeClosed"] = "the draft reminders already warned the teams",
        ["ProgrammeArchived"] = "staff archive a call themselves, long after its teams heard their decisions",
        ["DossierWithdrawn"] = "the lead did it themself",
        ["MilestoneValidated"] = "the tranche it releases is notified (TrancheReleased)",
        ["SupportPlanOpened"] = "follows the decision letter; the coach reaches the team directly",
        ["GrantAdjusted"] = "funding-internal until committed; partners read the funding feed",
        ["GrantCancelled"] = "funding-internal; partners read the funding feed",
        ["ExpenseAccepted"] = "shown in the laureate's expense list",
        ["ExpenseRejected"] = "shown in the laureate's expense list with its reasons",
        ["EnvelopeThresholdReached"] = "for finance dashboards, not people's inboxes",
    };

    [Fact]
    public void Every_contract_event_is_consumed_or_listed_as_not_notified()
    {
        var unaccounted = IntegrationEventTypes.All.Select(t => t.Name)
            .Where(name => !ConsumedEvents.Names.Contains(name) && !NotNotified.ContainsKey(name)).Order().ToList();

        Assert.Empty(unaccounted);
        Assert.DoesNotContain(NotNotified.Keys, ConsumedEvents.Names.Contains);
    }

    [Fact]
    public void Templates_render_in_french_when_optional_data_is_missing()
    {
        var nobody = new ProgrammeLabel(null, null);
        RenderedMessage[] rendered =
        [
            Templates.ReturnedForCorrection("CB21-0001", "Titre", nobody, null, null),
            Templates.GrantCommitted(null, nobody, "Incubation", 1_234_567),
            Templates.TrancheReleased(null, nobody, 2, 100, null),
            Templates.MilestoneDueSoon("Prototype", new DateOnly(2022, 3, 1), null),
            Templates.Selected("CB21-0001", nobody, "Exploration", null, corrected: false),
            Templates.ReviewWithdrawn("CB21-0001", null),
            Templates.ReviewAssigned("CB21-0001", nobody),
            Templates.SessionReminder("Webinaire", new DateTimeOffset(2021, 9, 3, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2021, 9, 3, 10, 0, 0, TimeSpan.Zero), null),
            Templates.DecisionDueSoon("CB21-0001", nobody, new DateTimeOffset(2021, 12, 1, 22, 59, 0, TimeSpan.Zero)),
        ];

        Assert.All(rendered, m => Assert.DoesNotContain("{", m.Body));
        Assert.Contains("12 345,67 €", rendered[1].Body.Replace('\u202f', ' ').Replace('\u00a0', ' '));
        Assert.Contains("mardi 1 mars 2022", rendered[3].Body);
        Assert.Contains("vendredi 3 septembre 2021 à 11:00 (fin à 12:00, heure de Paris)", rendered[7].Body); // summer time
        Assert.DoesNotContain("Lieu", rendered[7].Body);
        Assert.Contains("mercredi 1 décembre 2021 à 23:59", rendered[8].Body); // winter time
        Assert.Equal("CB21 « Cantine bio »", new ProgrammeLabel("CB21", "Cantine bio").ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_corrected_decision_says_it_replaces_the_earlier_letter_and_a_first_one_does_not(bool selected)
    {
        var programme = new ProgrammeLabel("CB21", "Cantine bio");
        RenderedMessage Letter(bool corrected) => selected
            ? Templates.Selected("CB21-0007", programme, "Incubation", "Impact fort", corrected)
            : Templates.NotSelected("CB21-0007", programme, "Incubation", corrected);

        var first = Letter(corrected: false);
        var correction = Letter(corrected: true);

        Assert.StartsWith("Décision du jury : dossier CB21-0007", first.Subject);
        Assert.DoesNotContain("rectifi", first.Body);
        Assert.StartsWith("Décision rectifiée du jury : dossier CB21-0007", correction.Subject);
        Assert.StartsWith("Le jury a rectifié sa décision : ce courrier remplace le précédent pour cette phase.", correction.Body);
        Assert.Equal(first.Category, correction.Category);
    }
}
