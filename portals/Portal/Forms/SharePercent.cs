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
        var number = TypedNumber.Read(typed, '%', out var malformed);
        if (number is null)
        {
            return new(null, malformed ? NotAPercentage : null);
        }
        if (number.Fraction.Length > 2)
        {
            return new(null, TooManyDecimals);
        }
        if (number.Whole.Length > MaxWholeDigits || number.Hundredths > int.MaxValue)
        {
            return new(null, TooLarge);
        }
        var points = (int)number.Hundredths;
        return new(number.Negative ? -points : points, null);
    }
}
