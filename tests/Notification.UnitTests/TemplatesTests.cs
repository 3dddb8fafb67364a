using Defis.Notification.Domain;
using Defis.Notification.Domain.Preferences;

namespace Defis.Notification.UnitTests;

/// <summary>What each notification tells its reader, and which optional parts appear only when the data is there.</summary>
public sealed class TemplatesTests
{
    private static readonly ProgrammeLabel Cb21 = new("CB21", "Cantine bio");
    private static readonly DateTimeOffset Winter = new(2021, 12, 1, 22, 59, 0, TimeSpan.Zero);

    private static string Plain(string text) => text.Replace('\u202f', ' ').Replace('\u00a0', ' ');

    [Theory]
    [InlineData(0, "Dernier jour pour déposer « Titre »")]
    [InlineData(1, "Dernier jour pour déposer « Titre »")]
    [InlineData(2, "Plus que 2 jours pour déposer « Titre »")]
    public void A_draft_reminder_says_last_day_from_one_day_before_closing(int days, string subject)
    {
        var message = Templates.DraftReminder("Titre", Cb21, Winter, days);

        Assert.Equal((Categories.Reminder, subject), (message.Category, message.Subject));
        Assert.Contains("CB21 « Cantine bio » ferme le mercredi 1 décembre 2021 à 23:59", message.Body);
    }

    [Fact]
    public void A_draft_and_a_received_dossier_are_dossier_notices_with_title_programme_and_time()
    {
        var draft = Templates.DraftCreated("Titre", Cb21, Winter);
        var received = Templates.DossierReceived("CB21-0001", "Titre", Cb21, Winter);

        Assert.Equal((Categories.Dossier, "Brouillon créé : Titre"), (draft.Category, draft.Subject));
        Assert.Contains("« Titre » pour l'appel CB21 « Cantine bio » a été créé en brouillon le mercredi 1 décembre 2021 à 23:59", draft.Body);
        Assert.Equal((Categories.Dossier, "Dossier reçu : CB21-0001"), (received.Category, received.Subject));
        Assert.Contains("Sa référence est CB21-0001", received.Body);
    }

    [Fact]
    public void A_refiled_dossier_is_acknowledged_with_its_reference_kept_and_the_new_filing_time()
    {
        var refiled = Templates.DossierRefiled("CB21-0001", "Titre corrigé", Cb21, Winter);

        Assert.Equal((Categories.Dossier, "Dossier déposé de nouveau : CB21-0001"), (refiled.Category, refiled.Subject));
        Assert.Equal("Votre dossier corrigé « Titre corrigé » a bien été déposé de nouveau pour l'appel CB21 « Cantine bio » le mercredi 1 décembre "
            + "2021 à 23:59. Il garde sa référence CB21-0001 ; l'équipe du programme reprend son examen.", refiled.Body);
    }

    [Theory]
    [InlineData("CB21-0001", 0, "Nouveau message : dossier CB21-0001", "au sujet du dossier CB21-0001 :\n« Bonjour »\nRépondez depuis le fil de discussion du dossier.")]
    [InlineData("CB21-0001", 1, "Nouveau message : dossier CB21-0001", "« Bonjour »\nUne pièce jointe l'accompagne.\nRépondez")]
    [InlineData(null, 3, "Nouveau message de l'équipe du programme", "au sujet du dossier en cours :\n« Bonjour »\n3 pièces jointes l'accompagnent.\n")]
    public void A_staff_message_quotes_its_start_and_counts_its_files(string? reference, int files, string subject, string body)
    {
        var message = Templates.MessageReceived(reference, "Bonjour", files);

        Assert.Equal((Categories.Dossier, subject), (message.Category, message.Subject));
        Assert.Contains(body, message.Body, StringComparison.Ordinal);
        Assert.StartsWith("L'équipe du programme vous a écrit", message.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("CB21-0042", 0, "Nouveau message de l'équipe : dossier CB21-0042", "du dossier CB21-0042 a écrit sur le fil de discussion :\n« Bonjour »\nRépondez")]
    [InlineData(null, 1, "Nouveau message d'une équipe", "du dossier en cours de dépôt a écrit sur le fil de discussion :\n« Bonjour »\nUne pièce jointe l'accompagne.\n")]
    public void A_team_message_tells_staff_which_dossier_with_its_start(string? reference, int files, string subject, string body)
    {
        var message = Templates.TeamMessageReceived(reference, "Bonjour", files);

        Assert.Equal((Categories.Dossier, subject), (message.Category, message.Subject));
        Assert.Contains(body, message.Body, StringComparison.Ordinal);
        Assert.StartsWith("L'équipe du dossier", message.Body, StringComparison.Ordinal);
        Assert.EndsWith("\nRépondez depuis le fil de discussion du dossier.", message.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quarantined_file_is_named_with_the_reason_given()
    {
        var message = Templates.AttachmentQuarantined("budget.pdf", "Fichier mis en quarantaine : menace détectée.");

        Assert.Equal((Categories.Dossier, "Fichier mis en quarantaine : budget.pdf"), (message.Category, message.Subject));
        Assert.Equal("Le fichier « budget.pdf » que vous avez déposé n'a pas été accepté.\nFichier mis en quarantaine : menace détectée.", message.Body);
    }

    [Fact]
    public void A_return_for_correction_lists_its_reasons_and_its_deadline_when_given()
    {
        var full = Templates.ReturnedForCorrection("CB21-0001", "Titre", Cb21, ["Budget manquant", "Équipe incomplète"], Winter);
        var bare = Templates.ReturnedForCorrection("CB21-0001", "Titre", Cb21, [], null);

        Assert.Equal((Categories.Dossier, "Dossier à corriger : CB21-0001"), (full.Category, full.Subject));
        Assert.Contains("\nMotifs :\n- Budget manquant\n- Équipe incomplète\n", full.Body);
        Assert.EndsWith("avant le mercredi 1 décembre 2021 à 23:59.", full.Body);
        Assert.DoesNotContain("Motifs", bare.Body);
        Assert.EndsWith("\nMerci de le corriger puis de le déposer à nouveau.", bare.Body);
    }

    [Theory]
    [InlineData("Exploration", "phase d'exploration")]
    [InlineData("Incubation", "phase d'incubation")]
    [InlineData("Experimentation", "phase d'expérimentation")]
    [InlineData("Pilote", "phase « Pilote »")]
    public void Phases_are_named_in_french(string phase, string named)
    {
        Assert.Contains(named, Templates.Selected("CB21-0001", Cb21, phase, null, corrected: false).Body);
        Assert.Contains(named, Templates.NotSelected("CB21-0001", Cb21, phase, corrected: false).Body);
    }

    [Fact]
    public void A_decision_is_a_mandatory_notice_with_its_rationale_when_given()
    {
        var selected = Templates.Selected("CB21-0001", Cb21, "Incubation", "Projet solide", corrected: false);
        var without = Templates.Selected("CB21-0001", Cb21, "Incubation", " ", corrected: false);
        var notSelected = Templates.NotSelected("CB21-0001", Cb21, "Incubation", corrected: false);

        Assert.Equal((Categories.Decision, "Décision du jury : dossier CB21-0001 retenu"), (selected.Category, selected.Subject));
        Assert.StartsWith("Le jury de l'appel CB21 « Cantine bio » a retenu votre dossier CB21-0001", selected.Body);
        Assert.Contains("\nMotivation : Projet solide\n", selected.Body);
        Assert.DoesNotContain("Motivation", without.Body);
        Assert.Equal((Categories.Decision, "Décision du jury : dossier CB21-0001 non retenu"), (notSelected.Category, notSelected.Subject));
        Assert.StartsWith("Le jury de l'appel CB21 « Cantine bio » n'a pas retenu votre dossier CB21-0001", notSelected.Body);
    }

    [Fact]
    public void A_corrected_decision_says_it_replaces_the_earlier_letter()
    {
        var selected = Templates.Selected("CB21-0001", Cb21, "Incubation", null, corrected: true);
        var notSelected = Templates.NotSelected("CB21-0001", Cb21, "Incubation", corrected: true);

        Assert.StartsWith("Décision rectifiée du jury", selected.Subject);
        Assert.StartsWith("Décision rectifiée du jury", notSelected.Subject);
        Assert.StartsWith("Le jury a rectifié sa décision : ce courrier remplace le précédent pour cette phase.\nLe jury", selected.Body);
        Assert.StartsWith("Le jury a rectifié sa décision", notSelected.Body);
    }

    [Fact]
    public void Funding_notices_give_the_amount_in_euros_and_the_dossier_when_known()
    {
        var committed = Templates.GrantCommitted("CB21-0001", Cb21, "Incubation", 12_000_005);
        var anonymous = Templates.GrantCommitted(null, Cb21, "Incubation", 99);

        Assert.Equal((Categories.Funding, "Subvention engagée : CB21-0001"), (committed.Category, committed.Subject));
        Assert.Contains("Une subvention de 120 000,05 € pour la phase d'incubation de votre dossier CB21-0001 (appel CB21 « Cantine bio »)", Plain(committed.Body));
        Assert.Equal("Subvention engagée", anonymous.Subject);
        Assert.Contains("de 0,99 € pour la phase d'incubation de votre dossier (appel", Plain(anonymous.Body));
    }

    [Fact]
    public void A_tranche_notice_names_its_number_amount_and_milestone_when_there_is_one()
    {
        var atMilestone = Templates.TrancheReleased("CB21-0001", Cb21, 2, 500_000, "Prototype");
        var byHand = Templates.TrancheReleased(" ", Cb21, 3, 100, null);

        Assert.Equal((Categories.Funding, "Tranche 2 versée : CB21-0001"), (atMilestone.Category, atMilestone.Subject));
        Assert.Contains("La tranche n° 2 de 5 000,00 € de la subvention de votre dossier CB21-0001", Plain(atMilestone.Body));
        Assert.EndsWith("a été versée après la validation du jalon « Prototype ».", atMilestone.Body);
        Assert.Equal("Tranche 3 versée", byHand.Subject);
        Assert.EndsWith("a été versée.", byHand.Body);
    }

    [Fact]
    public void Jury_notices_name_the_dossier_and_the_deadline()
    {
        var assigned = Templates.ReviewAssigned("CB21-0001", Cb21);
        var due = Templates.DecisionDueSoon("CB21-0001", Cb21, Winter);

        Assert.Equal((Categories.Review, "Dossier CB21-0001 à évaluer"), (assigned.Category, assigned.Subject));
        Assert.Contains("Le jury de l'appel CB21 « Cantine bio » vous confie l'évaluation du dossier CB21-0001.", assigned.Body);
        Assert.Equal((Categories.Review, "Décision attendue bientôt : dossier CB21-0001"), (due.Category, due.Subject));
        Assert.Contains("au plus tard le mercredi 1 décembre 2021 à 23:59 (heure de Paris)", due.Body);
    }

    [Fact]
    public void A_withdrawn_review_gives_its_reason_when_there_is_one()
    {
        var withReason = Templates.ReviewWithdrawn("CB21-0001", "conflit d'intérêts déclaré");
        var without = Templates.ReviewWithdrawn("CB21-0001", "");

        Assert.Equal((Categories.Review, "Dossier CB21-0001 retiré de vos évaluations"), (withReason.Category, withReason.Subject));
        Assert.StartsWith("L'évaluation du dossier CB21-0001 ne vous est plus confiée : conflit d'intérêts déclaré. Vous", withReason.Body);
        Assert.StartsWith("L'évaluation du dossier CB21-0001 ne vous est plus confiée. Vous", without.Body);
    }

    [Fact]
    public void Milestone_notices_give_the_due_day_and_the_project_when_known()
    {
        var soon = Templates.MilestoneDueSoon("Prototype", new DateOnly(2022, 3, 1), "CB21-0001");
        var late = Templates.MilestoneOverdue("Prototype", new DateOnly(2022, 3, 1), null);

        Assert.Equal((Categories.Milestone, "Jalon à rendre bientôt : Prototype"), (soon.Category, soon.Subject));
        Assert.StartsWith("Le jalon « Prototype » du projet CB21-0001 est attendu au plus tard le mardi 1 mars 2022.", soon.Body);
        Assert.Equal((Categories.Milestone, "Jalon en retard : Prototype"), (late.Category, late.Subject));
        Assert.StartsWith("Le jalon « Prototype » était attendu le mardi 1 mars 2022 et n'a pas de justificatif.", late.Body);
    }

    [Fact]
    public void Session_notices_give_the_session_its_paris_time_and_the_waiting_position()
    {
        var confirmed = Templates.SessionConfirmed("Webinaire", Winter);
        var promoted = Templates.SessionPromoted("Webinaire", Winter);
        var waitlisted = Templates.SessionWaitlisted("Webinaire", Winter, 3);

        Assert.Equal((Categories.Session, "Inscription confirmée : Webinaire"), (confirmed.Category, confirmed.Subject));
        Assert.Contains("« Webinaire » du mercredi 1 décembre 2021 à 23:59 est confirmée", confirmed.Body);
        Assert.Equal((Categories.Session, "Une place s'est libérée : Webinaire"), (promoted.Category, promoted.Subject));
        Assert.Contains("une place vous est attribuée à la session « Webinaire » du mercredi 1 décembre 2021 à 23:59", promoted.Body);
        Assert.Equal((Categories.Session, "Liste d'attente : Webinaire"), (waitlisted.Category, waitlisted.Subject));
        Assert.Contains("Vous êtes en position 3 sur la liste d'attente.", waitlisted.Body);
    }

    [Fact]
    public void A_session_reminder_gives_start_end_and_place_when_known()
    {
        var starts = new DateTimeOffset(2021, 9, 3, 9, 0, 0, TimeSpan.Zero);
        var withPlace = Templates.SessionReminder("Atelier", starts, starts.AddHours(2), "Salle 4");
        var online = Templates.SessionReminder("Atelier", starts, starts.AddHours(2), " ");

        Assert.Equal((Categories.Session, "Rappel : Atelier, vendredi 3 septembre 2021 à 11:00"), (withPlace.Category, withPlace.Subject));
        Assert.Contains("(fin à 13:00, heure de Paris).\nLieu : Salle 4\n", withPlace.Body);
        Assert.DoesNotContain("Lieu", online.Body);
    }

    [Fact]
    public void A_disabled_webhook_notice_says_where_and_after_how_many_failures()
    {
        var message = Templates.WebhookDisabled("https://partner.example/hook", 15);

        Assert.Equal((Categories.Webhook, "Abonnement webhook désactivé"), (message.Category, message.Subject));
        Assert.StartsWith("Votre abonnement webhook vers https://partner.example/hook a été désactivé après 15 échecs consécutifs.", message.Body);
    }
}
