namespace Defis.Funding.Domain;

/// <summary>What one laureate may receive for one phase: a floor, a ceiling and the amount proposed when the jury recommends none.</summary>
public sealed record PhaseRange(Money Min, Money Max, Money Default)
{
    public bool IsWellFormed => Min.IsPositive && Min <= Default && Default <= Max;
}
