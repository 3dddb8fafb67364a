using Defis.Notification.Domain;
using Defis.Notification.Domain.Preferences;

namespace Defis.Notification.UnitTests;

/// <summary>The notices of issue 21: an idle draft's warning and expiry (decision 0029), a dossier's purge warning (decision 0032), an audit trail's digest (decision 0028).</summary>
public sealed class RetentionTemplatesTests
{
    private static readonly ProgrammeLabel Cb21 = new("CB21", "Cantine bio");
    private static readonly DateTimeOffset LastChange = new(2021, 9, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Lapses = new(2021, 12, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_expiry_warning_says_since_when_and_until_when_in_paris_time_and_how_to_keep_the_draft()
    {
        var message = Templates.DraftExpiryWarning("Titre", Cb21, LastChange, Lapses);

        Assert.Equal((Categories.Reminder, "Votre brouillon « Titre » va expirer"), (message.Category, message.Subject));
        Assert.Equal(
            "Votre brouillon « Titre » pour l'appel CB21 « Cantine bio » n'a pas été modifié depuis le lundi 20 septembre 2021 à 10:00. " +
            "Sans modification ni dépôt de votre part, il expirera le lundi 20 décembre 2021 à 10:00 (heure de Paris) : il sera alors retiré " +
            "et ses données effacées à l'issue de la durée de conservation de l'appel. Toute modification du brouillon le conserve.",
            message.Body);
    }

    [Fact]
    public void The_expiry_notice_says_the_draft_is_withdrawn_and_what_the_team_can_still_do()
    {
        var message = Templates.DraftExpired("Titre", Cb21, LastChange);

        Assert.Equal((Categories.Reminder, "Votre brouillon « Titre » a expiré"), (message.Category, message.Subject));
        Assert.Equal(
            "Votre brouillon « Titre » pour l'appel CB21 « Cantine bio », sans modification depuis le lundi 20 septembre 2021 à 10:00, " +
            "a expiré après l'avertissement qui vous a été adressé : il est retiré. Vous pouvez créer un nouveau dossier tant que l'appel est ouvert.",
            message.Body);
    }

    [Fact]
    public void The_purge_warning_gives_the_day_in_paris_the_dossier_and_what_goes_and_what_stays()
    {
        // 23:30 UTC on 28 February is already 1 March in Paris.
        var message = Templates.PurgeWarning("CB21-0042", "Titre", Cb21, new DateTimeOffset(2022, 2, 28, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal((Categories.Reminder, "Vos données seront supprimées le mardi 1 mars 2022 : dossier CB21-0042"), (message.Category, message.Subject));
        Assert.Equal(
            "La durée de conservation fixée par l'appel CB21 « Cantine bio » arrive à son terme pour votre dossier CB21-0042 « Titre ». " +
            "Le mardi 1 mars 2022, son contenu, ses messages et ses fichiers seront supprimés de la plateforme ; " +
            "seules des statistiques anonymes, qui ne nomment personne, seront conservées. Enregistrez d'ici là ce que vous souhaitez garder.",
            message.Body);
    }

    [Fact]
    public void The_purge_warning_of_a_dossier_never_filed_names_it_by_its_title_only()
    {
        var message = Templates.PurgeWarning(null, "Titre", new ProgrammeLabel("CB21", null), new DateTimeOffset(2022, 7, 1, 12, 0, 0, TimeSpan.Zero));

        Assert.Equal("Vos données seront supprimées le vendredi 1 juillet 2022", message.Subject);
        Assert.StartsWith("La durée de conservation fixée par l'appel CB21 arrive à son terme pour votre dossier « Titre ». Le vendredi 1 juillet 2022,", message.Body);
    }

    [Fact]
    public void The_audit_digest_gives_the_service_the_day_the_position_and_the_hash()
    {
        var hash = new string('a', 64);

        var message = Templates.AuditTrailDigest("funding", new DateOnly(2021, 10, 15), 1234, hash);

        Assert.Equal((Categories.Audit, "Empreinte de la piste d'audit « funding » du 15/10/2021"), (message.Category, message.Subject));
        Assert.Equal(
            "À la clôture de la journée du vendredi 15 octobre 2021, la piste d'audit du service « funding » comptait 1234 entrées scellées. " +
            $"Empreinte SHA-256 de l'entrée 1234 : {hash}. " +
            "Conservez ce message : si la piste était réécrite, sa vérification ne retrouverait plus cette empreinte à cette position.",
            message.Body);
    }
}
