using System.Globalization;

namespace Defis.Portal.Forms;

/// <summary>
/// An amount in euros as people type it in France — "150 000", "150 000,50", "1 234,5 €", with ordinary, non-breaking
/// or narrow spaces between thousands — read as whole cents, the platform's unit. The one reading of typed money in the
/// portal. Only what cents cannot say is refused here (letters, a point, a third decimal, a minus sign, more than a
/// long holds); whether an amount is allowed for a grant or a budget is the platform's to say, in its own words.
/// </summary>
public static class EuroAmount
{
    /// <summary>The cents, or nothing typed (both null), or the French reason it is not an amount (cents null).</summary>
    public readonly record struct Reading(long? Cents, string? Problem)
    {
        public bool IsBlank => Cents is null && Problem is null;
    }

    public const string NotAnAmount = "Saisissez un montant en euros, en chiffres (par exemple 150 000 ou 150 000,50).";
    public const string Negative = "Le montant ne peut pas être négatif.";
    public const string TooManyDecimals = "Le montant a au plus deux chiffres après la virgule (les centimes).";
    public const string TooLarge = "Ce montant est trop élevé.";

    // The most euros a long of cents holds: 92 233 720 368 547 758,07 €, i.e. 17 digits before the comma.
    private const int MaxWholeDigits = 17;

    /// <summary>
    /// The cents typed at <paramref name="field"/>, or <paramref name="standIn"/> when they cannot be read: the form's own
    /// word on it goes to <paramref name="errors"/>, and the platform, sent the stand-in, still names every other problem.
    /// </summary>
    public static long Read(string? typed, FormField field, FormErrors errors, long standIn)
    {
        var amount = Read(typed);
        if (amount.Problem is { } problem)
        {
            errors.Add(field.Input, field.Label, problem);
        }
        return amount.Cents ?? standIn;
    }

    /// <summary>Cents as a person types them back into an input: « 100000 », « 1234,50 ». Read back as the same cents.</summary>
    public static string Typed(long cents) => (cents / 100m).ToString(cents % 100 == 0 ? "0" : "0.00", FrenchNumbers);

    private static readonly CultureInfo FrenchNumbers = CultureInfo.GetCultureInfo("fr-FR");

    public static Reading Read(string? typed)
    {
        var number = TypedNumber.Read(typed, '€', out var malformed);
        if (number is null)
        {
            return new(null, malformed ? NotAnAmount : null);
        }
        // "-0" and "-0,00" are zero, said oddly; any other signed amount is below it.
        if (number.Negative && !number.IsZero)
        {
            return new(null, Negative);
        }
        if (number.Fraction.Length > 2)
        {
            return new(null, TooManyDecimals);
        }
        if (number.Whole.Length > MaxWholeDigits)
        {
            return new(null, TooLarge);
        }
        // At most 17 + 2 digits: exact in a decimal, whose range is far beyond a long's.
        var cents = number.Hundredths;
        return cents > long.MaxValue ? new(null, TooLarge) : new((long)cents, null);
    }
}
