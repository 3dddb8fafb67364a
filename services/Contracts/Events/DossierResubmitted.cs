namespace Defis.Contracts.Events;

/// <summary>
/// The team filed its corrected dossier again; the reference is unchanged. <paramref name="CoEditorEmails"/>: the
/// invited co-editors at this filing, which may have grown during the correction (added in schema 1; null from
/// older producers means unknown). <paramref name="Title"/> and <paramref name="LeadStructureName"/> as refiled (the
/// correction may have changed them) and <paramref name="ContentSha256"/>, the digest of the content refiled as the
/// receipt prints it (docs/documents/filing-receipt.md): optional additions (decision 0002), so that Notification
/// acknowledges the refiling with its receipt attached (decision 0027); null from older producers: the names known
/// stay, and no receipt goes.
/// </summary>
public sealed record DossierResubmitted(Guid DossierId, string Reference, long RequestedAmountCents, string SubmittedBy,
    IReadOnlyList<string>? CoEditorEmails = null, string? Title = null, string? LeadStructureName = null, string? ContentSha256 = null)
    : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
