using Defis.ServiceInfrastructure.Documents;
using Defis.SharedKernel;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>The words of the grant notification Funding serves and Notification attaches (decision 0027), without servers.</summary>
public sealed class GrantNotificationTests
{
    private static readonly DateTimeOffset CommittedAt = new(2021, 12, 1, 9, 30, 0, TimeSpan.Zero);

    private static GrantNotification Notification(string programmeTitle = "", params GrantNotificationTranche[] tranches) =>
        new("CB21-0001", "Accueillir", "Rectorat de Lyon", "CB21", Phase.Incubation, 9_000_000, CommittedAt,
            tranches.Length > 0 ? tranches : [new(1, 9_000_000, 10_000, "AtCommitment", null, CommittedAt)], CommittedAt, programmeTitle);

    [Fact]
    public void Each_tranche_says_its_share_its_trigger_and_once_paid_its_day()
    {
        var notification = Notification("",
            new(2, 3_000_001, 3_334, "Manual", null, null),
            new(1, 2_999_999, 3_333, "AtCommitment", null, CommittedAt),
            new(3, 3_000_000, 3_333, "Milestone", "Prototype", null));

        string[] lines =
        [
            "Tranche 1\u00a0: 29\u202f999,99\u202f€ (33,33\u202f%), à l’engagement — versée le mercredi 1 décembre 2021 à 10:30",
            "Tranche 2\u00a0: 30\u202f000,01\u202f€ (33,34\u202f%), sur décision de l’équipe financière",
            "Tranche 3\u00a0: 30\u202f000,00\u202f€ (33,33\u202f%), à la validation du jalon «\u00a0Prototype\u00a0»",
        ];
        Assert.Equal(lines, notification.Schedule);
    }

    [Fact]
    public void A_trigger_this_version_does_not_know_has_no_words() =>
        Assert.Null(new GrantNotificationTranche(1, 100, 10_000, "AtSignature", null, null).When);

    [Fact]
    public void Without_the_calls_title_it_is_named_by_code_with_it_as_the_notice_names_it()
    {
        Assert.Contains("(appel CB21) a été engagée", Notification().Announcement, StringComparison.Ordinal);
        Assert.Contains("(appel CB21 «\u00a0Appel à défis\u00a0») a été engagée", Notification("Appel à défis").Announcement, StringComparison.Ordinal);
        Assert.Contains(("Appel\u00a0:", "CB21 — Appel à défis"), Notification("Appel à défis").Facts);
    }

    [Fact]
    public void A_beneficiary_without_a_known_name_is_the_dossiers_lead_structure()
    {
        Assert.Equal("Rectorat", GrantNotification.BeneficiaryOf("Rectorat", "CB21-0002"));
        Assert.Equal("Structure porteuse du dossier CB21-0002", GrantNotification.BeneficiaryOf(null, "CB21-0002"));
    }
}
