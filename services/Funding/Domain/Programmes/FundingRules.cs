using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

/// <summary>
/// A programme's money rules: the range per funded phase and the allowance for collective
/// candidacies. A phase absent from <see cref="Ranges"/> is not funded (Exploration, usually).
/// </summary>
public sealed class FundingRules
{
    private FundingRules(Guid programmeId, IReadOnlyDictionary<Phase, PhaseRange> ranges, CollectiveAllowance allowance)
    {
        ProgrammeId = programmeId;
        Ranges = ranges;
        Allowance = allowance;
    }

    public Guid ProgrammeId { get; }

    public IReadOnlyDictionary<Phase, PhaseRange> Ranges { get; }

    public CollectiveAllowance Allowance { get; }

    public static FundingRules Define(Guid programmeId, IReadOnlyDictionary<Phase, PhaseRange> ranges, CollectiveAllowance allowance)
    {
        var violations = new FieldViolations();
        foreach (var (phase, range) in ranges)
        {
            if (!range.IsWellFormed)
            {
                violations.Add($"ranges[{phase}]", "La fourchette doit respecter 0 < minimum ≤ montant par défaut ≤ maximum.");
            }
        }
        if (allowance.PercentAboveMax is < 0 or > 100)
        {
            violations.Add("collective_allowance", "Le bonus pour candidature collective doit être compris entre 0 et 100 %.");
        }
        violations.ThrowIfAny();
        return new(programmeId, new Dictionary<Phase, PhaseRange>(ranges), allowance);
    }

    public PhaseRange? RangeOf(Phase phase) => Ranges.GetValueOrDefault(phase);
}
