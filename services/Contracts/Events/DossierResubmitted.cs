namespace Defis.Contracts.Events;

/// <summary>
/// The team filed its corrected dossier again; the reference is unchanged. <paramref name="CoEditorEmails"/>: the
/// invited co-editors at this filing, which may have grown during the correction (added in schema 1; null from
/// older producers means unknown).
/// </summary>
public sealed record DossierResubmitted(Guid DossierId, string Reference, long RequestedAmountCents, string SubmittedBy,
    IReadOnlyList<string>? CoEditorEmails = null) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
