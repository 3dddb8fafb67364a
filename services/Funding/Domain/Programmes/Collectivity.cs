namespace Defis.Funding.Domain;

/// <summary>How many organisations and territories a candidacy brings together (the lead structure and its territory count as one each).</summary>
public sealed record Collectivity(int Organisations, int Territories)
{
    public static readonly Collectivity Single = new(1, 1);

    /// <summary>Several organisations or several territories: what the 2021 call rewards with more money.</summary>
    public bool IsCollective => Organisations >= 2 || Territories >= 2;
}

/// <summary>
/// The 2021 call says a challenge may get more than its guide amount when many actors or territories
/// are involved. We read that as a configurable percentage above the phase ceiling, granted only to
/// collective candidacies; the raised ceiling is rounded down to the cent.
/// </summary>
public sealed record CollectiveAllowance(int PercentAboveMax)
{
    public static readonly CollectiveAllowance None = new(0);

    public Money CeilingFor(PhaseRange range, Collectivity collectivity) =>
        // Stryker disable once Equality : at 0 % both branches give range.Max; the guard keeps a negative percent from reaching MultiplyFloor.
        collectivity.IsCollective && PercentAboveMax > 0
            ? range.Max + range.Max.MultiplyFloor(PercentAboveMax, 100)
            : range.Max;
}
