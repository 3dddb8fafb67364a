namespace Defis.Funding.Domain;

/// <summary>The jury's decision that a dossier enters a phase, as Funding learns it (with the jury's recommended amount, if any).</summary>
public sealed record LaureateSelection(Guid ProgrammeId, Guid DossierId, Phase Phase, Money? RecommendedAmount = null);

/// <summary>The phases a dossier is currently selected for (a selection can be withdrawn before commitment).</summary>
public sealed record DossierSelections(Guid DossierId, IReadOnlySet<Phase> Phases)
{
    public bool Includes(Guid dossierId, Phase phase) => DossierId == dossierId && Phases.Contains(phase);
}
