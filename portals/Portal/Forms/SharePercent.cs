using System.Globalization;

namespace Defis.Portal.Forms;

/// <summary>
/// A tranche's share as people type it in France — « 50 », « 33,34 », « 12,5 % » — read exactly as basis points
/// (5000 = 50 %), the platform's unit. Only what basis points cannot say is refused here (letters, a point, a third
/// decimal, more than an int holds); whether a share is positive or the schedule adds up to 100 % is the platform's
/// to say, in its own words, so « 0 », « -5 » or « 100,01 » are sent as typed.
/// </summary>
public static class SharePercent
{
    /// <summary>The basis points, or nothing typed (both null), or the French reason it is not a share (points null).</summary>
    public readonly record struct Reading(int? BasisPoints, string? Problem)
    {
        public bool IsBlank => BasisPoints is null && Problem is null;
    }

    public const string NotAPercentage = "Saisissez un pourcentage en chiffres, avec une virgule pour les décimales (par exemple 50 ou 33,34).";
    public const string TooManyDecimals = "Le pourcentage a au plus deux chiffres après la virgule (par exemple 33,34).";
    public const string TooLarge = "Ce pourcentage est trop élevé.";

    // int.MaxValue basis points are 21 474 836,47 %: 8 digits before the comma at most, then the exact check.
    private const int MaxWholeDigits = 8;

    public static Reading Read(string? typed)
    {
        var text = string.Concat((typed ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (text.EndsWith('%'))
        {
            text = text[..^1];
        }
        if (text.Length == 0)
        {
            return new(null, null);
        }
        // U+2212 is the minus sign word processors put in; both say the same.
        var negative = text[0] is '-' or '\u2212';
        var parts = (negative ? text[1..] : text).Split(',');
        if (parts.Length > 2 || !AllDigits(parts[0]) || (parts.Length == 2 && !AllDigits(parts[1])))
        {
            return new(null, NotAPercentage);
        }
        var whole = parts[0].TrimStart('0');
        var fraction = parts.Length == 2 ? parts[1] : "";
        if (fraction.Length > 2)
        {
            return new(null, TooManyDecimals);
        }
        if (whole.Length > MaxWholeDigits)
        {
            return new(null, TooLarge);
        }
        var points = long.Parse("0" + whole + fraction.PadRight(2, '0'), CultureInfo.InvariantCulture);
        return points > int.MaxValue ? new(null, TooLarge) : new((int)(negative ? -points : points), null);
    }

    private static bool AllDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);
}
