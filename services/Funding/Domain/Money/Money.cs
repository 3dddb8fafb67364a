namespace Defis.Funding.Domain;

/// <summary>
/// An amount in euros held as whole cents. Every operation is checked: an overflow throws instead of
/// wrapping, and nothing ever goes through floating point.
/// </summary>
public readonly partial record struct Money(long Cents) : IComparable<Money>
{
    public static readonly Money Zero = new(0);

    public static Money FromEuros(long euros) => new(checked(euros * 100));

    public bool IsPositive => Cents > 0;

    public bool IsNegative => Cents < 0;

    public static Money operator +(Money left, Money right) => new(checked(left.Cents + right.Cents));

    public static Money operator -(Money left, Money right) => new(checked(left.Cents - right.Cents));

    public static bool operator <(Money left, Money right) => left.Cents < right.Cents;

    public static bool operator >(Money left, Money right) => left.Cents > right.Cents;

    public static bool operator <=(Money left, Money right) => left.Cents <= right.Cents;

    public static bool operator >=(Money left, Money right) => left.Cents >= right.Cents;

    public static Money Min(Money left, Money right) => new(Math.Min(left.Cents, right.Cents));

    public static Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Zero, (total, amount) => total + amount);

    /// <summary>
    /// floor(this × numerator ÷ denominator) for non-negative amounts, computed in 128-bit integers so
    /// that the product cannot overflow; only the result must fit in a long.
    /// </summary>
    public Money MultiplyFloor(long numerator, long denominator)
    {
        if (Cents < 0 || numerator < 0 || denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), "Only non-negative amounts and ratios are scaled.");
        }
        return new(checked((long)((Int128)Cents * numerator / denominator)));
    }

    public int CompareTo(Money other) => Cents.CompareTo(other.Cents);

    public override string ToString() => ToFrench();
}
