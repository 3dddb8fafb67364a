namespace Defis.Contracts.Events;

/// <summary>
/// What <see cref="DossierSelected"/> and <see cref="DossierNotSelected"/> share: one released verdict on one dossier
/// for one phase. Consumers keep the newest verdict they have seen, whatever the order of arrival (decision 0019).
/// <see cref="Selected"/> is implemented explicitly, so it is not a field of the messages themselves.
/// </summary>
public interface IJuryVerdictEvent
{
    Guid DossierId { get; }

    Guid ProgrammeId { get; }

    string Phase { get; }

    Guid DecisionId { get; }

    int DecisionRevision { get; }

    string DecidedBy { get; }

    DateTimeOffset OccurredAt { get; }

    bool Selected { get; }
}
