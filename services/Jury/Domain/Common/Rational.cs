using System.Globalization;

namespace Defis.Jury.Domain;

/// <summary>
/// An exact fraction, always in lowest terms with a positive denominator, so that two equal scores
/// compare equal whatever order they were summed in. Comparisons cross-multiply in 128 bits.
/// </summary>
public readonly struct Rational : IComparable<Rational>, IEquatable<Rational>
{
    public Rational(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw new DivideByZeroException("A rational needs a non-zero denominator.");
        }
        // Stryker disable once Equality : a zero denominator was refused just above.
        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var divisor = (long)ulong.Max(1, Gcd((ulong)Math.Abs(numerator), (ulong)denominator));
        Numerator = numerator / divisor;
        _denominatorLessOne = denominator / divisor - 1;
    }

    public long Numerator { get; }

    public long Denominator => _denominatorLessOne + 1;

    // Stored less one so that default(Rational) reads as 0/1.
    private readonly long _denominatorLessOne;

    public static Rational Zero => new(0, 1);

    public static Rational FromInteger(long value) => new(value, 1);

    public decimal ToDecimal() => (decimal)Numerator / Denominator;

    /// <summary>For display: rounded half away from zero, e.g. 2 decimals.</summary>
    public decimal Round(int decimals) => Math.Round(ToDecimal(), decimals, MidpointRounding.AwayFromZero);


    public int CompareTo(Rational other) => CompareProducts(Numerator, other.Denominator, other.Numerator, Denominator);

    public bool Equals(Rational other) => Numerator == other.Numerator && Denominator == other.Denominator;

    public override bool Equals(object? obj) => obj is Rational other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Numerator, Denominator);

    public override string ToString() => Denominator == 1
        ? Numerator.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Numerator}/{Denominator}");

    public static bool operator ==(Rational left, Rational right) => left.Equals(right);

    public static bool operator !=(Rational left, Rational right) => !left.Equals(right);

    public static bool operator <(Rational left, Rational right) => left.CompareTo(right) < 0;

    public static bool operator >(Rational left, Rational right) => left.CompareTo(right) > 0;

    public static bool operator <=(Rational left, Rational right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Rational left, Rational right) => left.CompareTo(right) >= 0;

    /// <summary>Compares a·b with c·d exactly, with one 64×64→128-bit multiplication each.</summary>
    internal static int CompareProducts(long a, long b, long c, long d)
    {
        var high = Math.BigMul(a, b, out var low).CompareTo(Math.BigMul(c, d, out var otherLow));
        return high != 0 ? high : ((ulong)low).CompareTo((ulong)otherLow);
    }

    internal static ulong Gcd(ulong a, ulong b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }
        return a;
    }

    internal static long Lcm(long a, long b) => a / (long)Gcd((ulong)a, (ulong)b) * b;
}
