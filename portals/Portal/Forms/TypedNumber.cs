using System.Globalization;

namespace Defis.Portal.Forms;

/// <summary>
/// A number as people type it in France — « 150 000 », « 33,34 », « 12,5 % », with ordinary, non-breaking or narrow
/// spaces between thousands — split into its sign, its whole digits (leading zeros dropped) and its decimals. The one
/// reading behind <see cref="EuroAmount"/> and <see cref="SharePercent"/>, which each say what their unit refuses.
/// </summary>
public sealed record TypedNumber(bool Negative, string Whole, string Fraction)
{
    public bool IsZero => Whole.Length == 0 && Fraction.All(c => c == '0');

    /// <summary>The number in hundredths (cents, basis points), exactly; for at most two decimals and 26 whole digits.</summary>
    public decimal Hundredths => decimal.Parse("0" + Whole + Fraction.PadRight(2, '0'), CultureInfo.InvariantCulture);

    /// <summary>
    /// The number typed, with <paramref name="unit"/> allowed after it; null with <paramref name="malformed"/> false when
    /// nothing is typed, null with it true when the text is not digits with at most one comma (a point, letters…).
    /// </summary>
    public static TypedNumber? Read(string? typed, char unit, out bool malformed)
    {
        var text = string.Concat((typed ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (text.EndsWith(unit))
        {
            text = text[..^1];
        }
        malformed = false;
        if (text.Length == 0)
        {
            return null;
        }
        // U+2212 is the minus sign word processors put in; both say the same.
        var negative = text[0] is '-' or '\u2212';
        var parts = (negative ? text[1..] : text).Split(',');
        if (parts.Length > 2 || !AllDigits(parts[0]) || (parts.Length == 2 && !AllDigits(parts[1])))
        {
            malformed = true;
            return null;
        }
        return new(negative, parts[0].TrimStart('0'), parts.Length == 2 ? parts[1] : "");
    }

    private static bool AllDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
