using System.Text;

namespace Defis.Funding.Domain;

/// <summary>French amounts as people write and read them: "25 000,00 €".</summary>
public readonly partial record struct Money
{
    // French typography groups thousands with a narrow no-break space and puts a no-break space
    // before the euro sign; spaces typed by people (plain or no-break) are accepted when parsing.
    private const char GroupSeparator = '\u202F';
    private const char SpaceBeforeSign = '\u00A0';
    private static readonly char[] Spaces = [' ', '\u00A0', '\u202F'];

    /// <summary>E.g. 2500000 cents → "25 000,00 €" (narrow no-break spaces between groups).</summary>
    public string ToFrench()
    {
        var magnitude = Int128.Abs(Cents);
        var euros = (magnitude / 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var text = new StringBuilder(Cents < 0 ? "-" : "");
        for (var i = 0; i < euros.Length; i++)
        {
            if (i > 0 && (euros.Length - i) % 3 == 0)
            {
                text.Append(GroupSeparator);
            }
            text.Append(euros[i]);
        }
        var cents = (int)(magnitude % 100);
        return text.Append(',').Append(cents.ToString("00", System.Globalization.CultureInfo.InvariantCulture))
            .Append(SpaceBeforeSign).Append('€').ToString();
    }

    /// <summary>
    /// Reads "25 000,00 €", "25000", "25 000,5", "-12,00 €". Groups of three after the first when
    /// spaces are used; a comma for cents (at most two digits); the euro sign is optional.
    /// On failure, <paramref name="error"/> says why in French.
    /// </summary>
    public static bool TryParseFrench(string? text, out Money money, out string? error)
    {
        money = Zero;
        error = null;
        var body = (text ?? "").Trim();
        if (body.EndsWith('€'))
        {
            body = body[..^1].TrimEnd(Spaces);
        }
        var negative = body.StartsWith('-');
        if (negative)
        {
            body = body[1..];
        }
        var parts = body.Split(',');
        if (body.Length == 0 || parts.Length > 2 || !IsGroupedInteger(parts[0]) || (parts.Length == 2 && !IsCents(parts[1])))
        {
            error = "Montant illisible : écrire par exemple « 25 000,00 € ».";
            return false;
        }
        var euroDigits = string.Concat(parts[0].Split(Spaces));
        var centDigits = parts.Length == 2 ? parts[1].PadRight(2, '0') : "00";
        if (!long.TryParse(euroDigits + centDigits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var cents))
        {
            error = "Montant trop élevé.";
            return false;
        }
        money = new(negative ? -cents : cents);
        return true;
    }

    private static bool IsGroupedInteger(string text)
    {
        var groups = text.Split(Spaces);
        if (groups.Length == 1)
        {
            return text.Length > 0 && text.All(char.IsAsciiDigit);
        }
        return groups[0].Length is >= 1 and <= 3 && groups.All(g => g.All(char.IsAsciiDigit)) && groups.Skip(1).All(g => g.Length == 3);
    }

    private static bool IsCents(string text) => text.Length is 1 or 2 && text.All(char.IsAsciiDigit);
}
