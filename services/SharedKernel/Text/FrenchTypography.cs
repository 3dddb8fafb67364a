using System.Globalization;

namespace Defis.SharedKernel.Text;

/// <summary>
/// French typography for what people read in our documents: a no-break space before « : » and a narrow one before
/// « ; ! ? », guillemets with no-break spaces inside, amounts grouped by narrow no-break spaces with « € » after a narrow
/// no-break space ("120 000,00 €"), so that no line ever breaks inside them.
/// </summary>
public static class FrenchTypography
{
    public const char NoBreakSpace = '\u00a0';
    public const char NarrowNoBreakSpace = '\u202f';

    private static readonly NumberFormatInfo Euros = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = NarrowNoBreakSpace.ToString(),
        NumberGroupSizes = [3],
    };

    /// <summary>"Référence" → "Référence :", the space before the colon unbreakable.</summary>
    public static string Label(string label) => $"{label}{NoBreakSpace}:";

    /// <summary>"« titre »" with no-break spaces inside the guillemets.</summary>
    public static string Quoted(string text) => $"«{NoBreakSpace}{text}{NoBreakSpace}»";

    /// <summary>12000000 cents → "120 000,00 €" (narrow no-break spaces).</summary>
    public static string Amount(long cents) =>
        $"{(cents / 100m).ToString("#,0.00", Euros)}{NarrowNoBreakSpace}€";

    /// <summary>
    /// Replaces the ordinary space typed before « ; ! ? : » and inside guillemets in a sentence of ours by the right
    /// unbreakable one, and the typewriter apostrophe by the typographic one.
    /// </summary>
    public static string Sentence(string text) => text
        .Replace('\'', '’')
        .Replace("« ", $"«{NoBreakSpace}", StringComparison.Ordinal)
        .Replace(" »", $"{NoBreakSpace}»", StringComparison.Ordinal)
        .Replace(" :", $"{NoBreakSpace}:", StringComparison.Ordinal)
        .Replace(" ;", $"{NarrowNoBreakSpace};", StringComparison.Ordinal)
        .Replace(" !", $"{NarrowNoBreakSpace}!", StringComparison.Ordinal)
        .Replace(" ?", $"{NarrowNoBreakSpace}?", StringComparison.Ordinal);
}
