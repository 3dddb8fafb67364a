using System.Globalization;
using Defis.Notification.Domain.Preferences;
using Defis.SharedKernel.Time;

namespace Defis.Notification.Domain;

/// <summary>
/// The French wording of each notification. Optional data (a deadline, a programme title, a dossier
/// reference unknown yet) is left out of the sentence rather than failing the rendering.
/// </summary>
public static partial class Templates
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static RenderedMessage DraftCreated(string title, ProgrammeLabel programme, DateTimeOffset createdAt) => new(
        Categories.Dossier,
        $"Brouillon créé : {title}",
        $"Votre dossier « {title} » pour l'appel {programme} a été créé en brouillon le {ParisTime.Format(createdAt)}. " +
        "Vous pouvez le compléter et inviter votre équipe jusqu'à sa soumission.");

    /// <summary>The acknowledgement of receipt: the reference is what the team quotes from now on.</summary>
    public static RenderedMessage DossierReceived(string reference, string title, ProgrammeLabel programme, DateTimeOffset submittedAt) => new(
        Categories.Dossier,
        $"Dossier reçu : {reference}",
        $"Votre dossier « {title} » a bien été déposé pour l'appel {programme} le {ParisTime.Format(submittedAt)}. " +
        $"Sa référence est {reference} : rappelez-la dans vos échanges avec l'équipe du programme.");

    /// <summary>The acknowledgement of a corrected dossier filed again: same reference, a new filing time that counts.</summary>
    public static RenderedMessage DossierRefiled(string reference, string title, ProgrammeLabel programme, DateTimeOffset refiledAt) => new(
        Categories.Dossier,
        $"Dossier déposé de nouveau : {reference}",
        $"Votre dossier corrigé « {title} » a bien été déposé de nouveau pour l'appel {programme} le {ParisTime.Format(refiledAt)}. " +
        $"Il garde sa référence {reference} ; l'équipe du programme reprend son examen.");

    public static RenderedMessage ReturnedForCorrection(string reference, string title, ProgrammeLabel programme, IReadOnlyList<string>? reasons, DateTimeOffset? deadline) => new(
        Categories.Dossier,
        $"Dossier à corriger : {reference}",
        $"L'équipe de l'appel {programme} vous renvoie le dossier {reference} « {title} » pour correction." +
        Lines("Motifs :", reasons) +
        (deadline is { } d ? $"\nMerci de le déposer à nouveau avant le {ParisTime.Format(d)}." : "\nMerci de le corriger puis de le déposer à nouveau."));

    /// <summary>Programme staff wrote on a dossier's thread: the start of the text, and how many files came with it.</summary>
    public static RenderedMessage MessageReceived(string? reference, string excerpt, int attachmentCount) => new(
        Categories.Dossier,
        reference is null ? "Nouveau message de l'équipe du programme" : $"Nouveau message : dossier {reference}",
        $"L'équipe du programme vous a écrit au sujet du dossier {reference ?? "en cours"} :\n« {excerpt} »" +
        Attachments(attachmentCount) +
        "\nRépondez depuis le fil de discussion du dossier.");

    /// <summary>A team answered on a thread where the staff member wrote: which dossier, the start of the text, the files.</summary>
    public static RenderedMessage TeamMessageReceived(string? reference, string excerpt, int attachmentCount) => new(
        Categories.Dossier,
        reference is null ? "Nouveau message d'une équipe" : $"Nouveau message de l'équipe : dossier {reference}",
        $"L'équipe du dossier {reference ?? "en cours de dépôt"} a écrit sur le fil de discussion :\n« {excerpt} »" +
        Attachments(attachmentCount) +
        "\nRépondez depuis le fil de discussion du dossier.");

    /// <summary>The antivirus found a threat in a file the person uploaded: what it is and what to do, in the scanner's words.</summary>
    public static RenderedMessage AttachmentQuarantined(string fileName, string reason) => new(
        Categories.Dossier,
        $"Fichier mis en quarantaine : {fileName}",
        $"Le fichier « {fileName} » que vous avez déposé n'a pas été accepté.\n{reason}");

    public static RenderedMessage DraftReminder(string title, ProgrammeLabel programme, DateTimeOffset closesAt, int daysBeforeClosing) => new(
        Categories.Reminder,
        daysBeforeClosing <= 1 ? $"Dernier jour pour déposer « {title} »" : $"Plus que {daysBeforeClosing} jours pour déposer « {title} »",
        $"Votre dossier « {title} » est encore un brouillon. L'appel {programme} ferme le {ParisTime.Format(closesAt)} : " +
        "déposez-le avant cette date pour qu'il soit examiné.");

    public static RenderedMessage DraftExpiryWarning(string title, ProgrammeLabel programme, DateTimeOffset lastActivity, DateTimeOffset expiresAt) => new(
        Categories.Reminder,
        $"Votre brouillon « {title} » va expirer",
        $"Votre brouillon « {title} » pour l'appel {programme} n'a pas été modifié depuis le {ParisTime.Format(lastActivity)}. " +
        $"Sans modification ni dépôt de votre part, il expirera le {ParisTime.Format(expiresAt)} (heure de Paris) : il sera alors retiré " +
        "et ses données effacées à l'issue de la durée de conservation de l'appel. Toute modification du brouillon le conserve.");

    public static RenderedMessage DraftExpired(string title, ProgrammeLabel programme, DateTimeOffset lastActivity) => new(
        Categories.Reminder,
        $"Votre brouillon « {title} » a expiré",
        $"Votre brouillon « {title} » pour l'appel {programme}, sans modification depuis le {ParisTime.Format(lastActivity)}, " +
        "a expiré après l'avertissement qui vous a été adressé : il est retiré. Vous pouvez créer un nouveau dossier tant que l'appel est ouvert.");

    /// <summary>"120 000,00 €" from cents, without floating point.</summary>
    private static string Euros(long cents) =>
        $"{(cents / 100).ToString("N0", French)},{Math.Abs(cents % 100):00} €";

    private static string Lines(string heading, IReadOnlyList<string>? items) =>
        items is { Count: > 0 } ? $"\n{heading}\n" + string.Join("\n", items.Select(i => $"- {i}")) : "";

    private static string Day(DateOnly day) => day.ToString("dddd d MMMM yyyy", French);

    private static string Attachments(int count) =>
        count switch { 0 => "", 1 => "\nUne pièce jointe l'accompagne.", _ => $"\n{count} pièces jointes l'accompagnent." };
}
