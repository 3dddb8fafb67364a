using Defis.SharedKernel.Time;
using static Defis.SharedKernel.Text.FrenchTypography;

namespace Defis.ServiceInfrastructure.Documents;

/// <summary>
/// The récépissé de dépôt of a dossier's last filing: what it says, in the order it says it. Its words are ours and
/// French; <see cref="ReceiptPdf"/> only lays them out.
/// </summary>
public sealed record FilingReceipt(
    string Reference,
    string ProgrammeCode,
    string ProgrammeTitle,
    string DossierTitle,
    string LeadStructureName,
    DateTimeOffset FiledAt,
    bool Refiled,
    long RequestedCents,
    string ContentSha256,
    DateTimeOffset IssuedAt)
{
    public const string Heading = "Récépissé de dépôt";

    public string DocumentTitle => $"{Heading} {Reference}";

    /// <summary>Label and value pairs, one per line of the receipt.</summary>
    public IReadOnlyList<(string Label, string Value)> Facts =>
    [
        (Label("Référence du dossier"), Reference),
        (Label("Appel"), ProgrammeTitle.Length > 0 ? $"{ProgrammeCode} — {ProgrammeTitle}" : ProgrammeCode),
        (Label("Titre du dossier"), Quoted(DossierTitle)),
        (Label("Structure cheffe de file"), LeadStructureName),
        (Label(Refiled ? "Déposé de nouveau le" : "Déposé le"), $"{ParisTime.Format(FiledAt)} (heure de Paris)"),
        (Label("Montant demandé"), Amount(RequestedCents)),
    ];

    public string HashLabel => Label("Empreinte SHA-256 du contenu déposé");

    public IReadOnlyList<string> Explanation =>
    [
        Sentence("Ce récépissé atteste que le dossier ci-dessus a été déposé à la date et à l’heure indiquées."),
        Sentence("L’empreinte permet à chacun de vérifier que le contenu déposé n’a pas changé depuis : elle est calculée sur le "
            + "contenu du dossier tel que l’API le renvoie, écrit en JSON canonique (voir la documentation de la plateforme)."),
        Sentence("Conservez ce document : il vous sera demandé en cas de réclamation."),
    ];

    public string Issued => $"Émis le {ParisTime.Format(IssuedAt)} (heure de Paris).";
}
