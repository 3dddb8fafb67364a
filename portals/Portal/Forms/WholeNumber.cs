using System.Globalization;

namespace Defis.Portal.Forms;

/// <summary>
/// A whole number typed in a form (« 20 », « 1 000 »). Its range is the platform's to say, in its words: only what is
/// missing or not a whole number is the form's, said on the input and answered with a stand-in the platform always
/// refuses (decision 0026), so the request still goes and every other problem is named in the same round.
/// </summary>
public static class WholeNumber
{
    public static int Read(string? typed, FormField input, string missing, string malformed, int standIn, FormErrors local)
    {
        var text = string.Concat((typed ?? "").Where(c => !char.IsWhiteSpace(c)));
        if (text.Length == 0)
        {
            local.Add(input.Input, input.Label, missing);
            return standIn;
        }
        // U+2212 is the minus sign word processors put in; both say the same.
        if (!int.TryParse(text.Replace('\u2212', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            local.Add(input.Input, input.Label, malformed);
            return standIn;
        }
        return number;
    }
}
