namespace Defis.Contracts.Events;

/// <summary>
/// The president released a phase's decisions in one act: <paramref name="SelectedDossierIds"/> enter
/// <paramref name="Phase"/>, the others of <paramref name="NotSelectedDossierIds"/> do not. Published after the
/// per-dossier <see cref="DossierSelected"/> / <see cref="DossierNotSelected"/> events of the same act, so a
/// consumer may publish the laureate list once it arrives.
/// </summary>
public sealed record PhaseSelectionReleased(
    Guid DecisionId,
    Guid ProgrammeId,
    string ProgrammeCode,
    string Phase,
    IReadOnlyList<Guid> SelectedDossierIds,
    IReadOnlyList<Guid> NotSelectedDossierIds,
    string ReleasedBy,
    DateTimeOffset ReleasedAt) : IntegrationEvent
{
    public override Guid AggregateId => ProgrammeId;
}
