using System.Globalization;

namespace Defis.Portal.Forms;

/// <summary>
/// A whole number as people type it — « 21 », « 1 000 », « -5 » — for counts, days, months and whole percents. Only
/// what is not a whole number is refused here; whether it is in range is the platform's to say, in its own words.
/// </summary>
public static class WholeNumber
{
    /// <summary>The number, or nothing typed (both null), or the French reason it is not a whole number (value null).</summary>
    public readonly record struct Reading(int? Value, string? Problem)
    {
        public bool IsBlank => Value is null && Problem is null;
    }

    public const string NotAWholeNumber = "Saisissez un nombre entier, en chiffres (par exemple 21).";

    /// <summary>
    /// A required whole number: its value, or, when it is missing or not a whole number, <paramref name="standIn"/> (a
    /// value the platform always refuses, decision 0026) with the form's own word said on <paramref name="input"/>.
    /// </summary>
    public static int Read(string? typed, FormField input, string missing, string malformed, int standIn, FormErrors local)
    {
        var reading = Read(typed);
        if (reading.Value is { } number)
        {
            return number;
        }
        local.Add(input.Input, input.Label, reading.IsBlank ? missing : malformed);
        return standIn;
    }

    public static Reading Read(string? typed)
    {
        var number = TypedNumber.Read(typed, '%', out var malformed);
        if (number is null)
        {
            return new(null, malformed ? NotAWholeNumber : null);
        }
        if (number.Fraction.Length > 0 || !int.TryParse("0" + number.Whole, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return new(null, NotAWholeNumber);
        }
        return new(number.Negative ? -value : value, null);
    }
}
