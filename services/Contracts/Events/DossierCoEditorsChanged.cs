namespace Defis.Contracts.Events;

/// <summary>
/// A dossier's co-editors changed outside a filing: a person's erasure (RGPD art. 17, decision 0032) removed one of
/// them. <paramref name="CoEditorEmails"/> are those who remain (lower case), as a filing's list would say them; every
/// service that keeps the team replaces its list, so the erased person's address and access go everywhere at once.
/// </summary>
public sealed record DossierCoEditorsChanged(Guid DossierId, string ProgrammeCode, IReadOnlyList<string> CoEditorEmails) : IntegrationEvent
{
    public override Guid AggregateId => DossierId;
}
