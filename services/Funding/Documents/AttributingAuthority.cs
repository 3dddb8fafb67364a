namespace Defis.Funding.Documents;

/// <summary>
/// Who grants the money, as the open data of grants names it (SCDL nomAttribuant, idAttribuant). Funding's records do
/// not hold it: it is the deployment's, set under <c>OpenData:AttributingAuthority</c>. Without a SIRET the export is
/// refused rather than published with a made-up identifier.
/// </summary>
public sealed class AttributingAuthority
{
    public const string Section = "OpenData:AttributingAuthority";

    public string Name { get; set; } = "Direction interministérielle de la transformation publique";

    /// <summary>14 digits (SIREN + NIC), no spaces.</summary>
    public string Siret { get; set; } = "";

    public bool IsComplete => !string.IsNullOrWhiteSpace(Name) && Siret.Length == 14 && Siret.All(char.IsAsciiDigit);
}
