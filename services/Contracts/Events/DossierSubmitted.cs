namespace Defis.Contracts.Events;

/// <summary>
/// A dossier was filed for the first time and got its reference (e.g. CB21-0042). <paramref name="SelfFinancingCents"/>
/// is what the team finances itself (budget total minus the requested amount); added in schema 1, absent means 0.
/// <paramref name="CoEditorEmails"/> are the team members the lead invited to co-edit (lower case), who hear about
/// the dossier too; added in schema 1, absent (null) from older producers means "not told", not "none".
/// <paramref name="LeadStructureSiret"/> is the lead structure's SIRET when the team gave one (14 digits); Funding
/// publishes it in the open data of grants (docs/open-data/scdl-subventions.md); absent when unknown.
/// <paramref name="ContentSha256"/> is the SHA-256 of the content filed, as the filing receipt prints it
/// (docs/documents/filing-receipt.md); Notification attaches the receipt to its notice with it (decision 0027); absent
/// (null) from older producers and the demo seed: no receipt is attached then.
/// </summary>
public sealed record DossierSubmitted(
    Guid DossierId,
    Guid ProgrammeId,
    string ProgrammeCode,
    string Reference,
    string Title,
    string Theme,
    IReadOnlyList<string> Territories,
    string LeadStructureName,
    string LeadStructureType,
    IReadOnlyList<string> Partners,
    long RequestedAmountCents,
    string SubmittedBy,
    string ContactEmail,
    long SelfFinancingCents = 0,
    IReadOnlyList<string>? CoEditorEmails = null,
    string? LeadStructureSiret = null,
    string? ContentSha256 = null) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
