namespace Defis.Contracts.Events;

/// <summary>The team filed its corrected dossier again; the reference is unchanged.</summary>
public sealed record DossierResubmitted(Guid DossierId, string Reference, long RequestedAmountCents, string SubmittedBy) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
