namespace Defis.Client.PersonalData;

/// <summary>One service's part of the archive, and what it holds, as LISEZMOI.txt says it.</summary>
public sealed record PersonalDataPart(string Service, string Holds)
{
    public static readonly IReadOnlyList<PersonalDataPart> All =
    [
        new("submission", "vos dossiers (ceux que vous portez et ceux où vous êtes invité à co-éditer) : contenu, statut, historique des statuts, invitations."),
        new("notification", "vos notifications, les courriels qui vous ont été envoyés, vos préférences d'envoi et vos abonnements webhook (sans leur secret)."),
        new("jury", "si vous êtes juré : vos sièges dans les jurys, les conflits d'intérêts enregistrés pour vous, les dossiers qui vous ont été attribués (par leur référence) et les évaluations que vous avez écrites."),
        new("correspondence", "les messages des dossiers de votre équipe et ceux que vous avez écrits, la liste des fichiers (nom, taille, empreinte SHA-256), les notes que vous avez écrites."),
        new("accompaniment", "vos plans d'accompagnement (comme coach ou membre de l'équipe) avec leurs jalons et points d'étape, vos inscriptions aux sessions."),
        new("funding", "les subventions des dossiers que vous portez : montants, tranches, dépenses déclarées."),
    ];

    public string FileName => $"{Service}.json";
}
