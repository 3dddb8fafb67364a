namespace Defis.Funding.Domain;

/// <summary>
/// Splits an amount by weights so that the parts sum to it exactly (docs/decisions/0010-tranche-rounding.md):
/// every part but the last is rounded down to the cent; the last takes what remains, so the odd cents
/// (fewer than the number of parts) are paid with the last tranche, never before.
/// </summary>
public static class TrancheSplit
{
    public static Money[] Split(Money total, IReadOnlyList<int> weights)
    {
        if (total.IsNegative || weights.Count == 0 || weights.Any(w => w <= 0))
        {
            throw new ArgumentException("A non-negative amount is split by at least one positive weight.");
        }
        var sum = weights.Sum(w => (long)w);
        var parts = new Money[weights.Count];
        var given = Money.Zero;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            parts[i] = total.MultiplyFloor(weights[i], sum);
            given += parts[i];
        }
        parts[^1] = total - given;
        return parts;
    }
}
