using System.Globalization;
using System.Text;

namespace Defis.Client.PersonalData;

/// <summary>The archive's LISEZMOI.txt, in French: what each file holds, when it was made, what is not there.</summary>
internal static class ArchiveReadme
{
    public const string FileName = "LISEZMOI.txt";

    private static readonly TimeZoneInfo ParisZone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DateTimeOffset Paris(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, ParisZone);

    public static string Text(DateTimeOffset madeAt, IReadOnlyCollection<PersonalDataPart> missing)
    {
        var text = new StringBuilder()
            .AppendLine("Vos données sur la plateforme Défis")
            .AppendLine("====================================")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Archive faite le {madeAt.ToString("dddd d MMMM yyyy 'à' HH:mm", French)} (heure de Paris), pour la personne connectée.")
            .AppendLine()
            .AppendLine("Chaque service de la plateforme a écrit ce qu'il garde sur vous dans un fichier JSON (UTF-8). Les dates sont à l'heure")
            .AppendLine("de Paris, les montants en centimes d'euro. En tête de chaque fichier, « notIncluded » dit ce que ce service a laissé")
            .AppendLine("de côté, et pourquoi.")
            .AppendLine();
        foreach (var part in PersonalDataPart.All.Except(missing))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {part.FileName} : {part.Holds}");
        }
        if (missing.Count > 0)
        {
            text.AppendLine()
                .AppendLine("Parties manquantes : ces services n'ont pas répondu au moment de l'export ; refaites-le plus tard pour les obtenir.");
            foreach (var part in missing)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {part.FileName} : {part.Holds}");
            }
        }
        return text.AppendLine()
            .AppendLine("Ce qui n'est pas dans cette archive")
            .AppendLine("- Les données des autres personnes : autres équipes, autres membres de vos jurys, autres inscrits, et l'identité des agents")
            .AppendLine("  qui ont agi sur vos dossiers (l'historique dit seulement si le changement était le vôtre).")
            .AppendLine("- Les évaluations des autres jurés, et le contenu des dossiers qu'un juré n'a pas reçus.")
            .AppendLine("- Le contenu des fichiers : téléchargez-les depuis vos dossiers ; leur empreinte SHA-256 permet de les reconnaître.")
            .AppendLine("- Les secrets : mots de passe, secrets de signature des webhooks.")
            .AppendLine("- Les pistes d'audit des services : elles gardent qui a changé quoi et quand, sans les valeurs, pour prouver que rien")
            .AppendLine("  n'a été réécrit.")
            .AppendLine("- Votre compte de connexion (identifiant, adresse, rôles), tenu par le service d'identité.")
            .ToString();
    }
}
