using System.Globalization;
using System.Text;

namespace Defis.Jury.Domain;

/// <summary>
/// Compares names of organisations and territories as people write them. A name gives one or more
/// keys: the text outside parentheses and each parenthesised part (so "Direction interministérielle
/// de la transformation publique (DITP)" also matches "DITP", and "Seine-Saint-Denis (93)" matches
/// "93"). Each key is lower-case, without accents, with œ/æ spelled out, every run of punctuation
/// or spaces made one space. Two names match when they share a key. Articles and abbreviations
/// beyond the parenthesised one are not guessed: a juror declares those conflicts.
/// </summary>
public static class NameMatching
{
    public static IReadOnlyList<string> Keys(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        if (!name.Contains('('))
        {
            var key = Normalise(name);
            return key.Length == 0 ? [] : [key];
        }
        var keys = new List<string>(2);
        var outside = new StringBuilder(name.Length);
        var depth = 0;
        var inside = new StringBuilder();
        foreach (var c in name)
        {
            if (c == '(')
            {
                depth++;
                continue;
            }
            if (c == ')' && depth > 0)
            {
                depth--;
                if (depth == 0)
                {
                    AddKey(keys, inside.ToString());
                    inside.Clear();
                }
                continue;
            }
            (depth > 0 ? inside : outside).Append(c);
        }
        AddKey(keys, inside.ToString());
        AddKey(keys, outside.ToString());
        return keys;
    }

    public static bool Overlap(IReadOnlyCollection<string> keys, IReadOnlySet<string> others)
    {
        foreach (var key in keys)
        {
            if (others.Contains(key))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Lower-case, accent-free, punctuation-free form of one piece of a name.</summary>
    public static string Normalise(string text)
    {
        // ASCII needs no decomposition; anything else is decomposed so that accents become separate marks.
        // Stryker disable once Conditional : a fast path; decomposing ASCII text leaves it unchanged.
        var source = Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);
        // Stryker disable once Equality,Conditional : stack or heap buffer, the same characters either way.
        var buffer = source.Length <= 128 ? stackalloc char[2 * source.Length] : new char[2 * source.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in source)
        {
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace |= length > 0 && (c < 128 || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
                continue;
            }
            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }
            var lower = char.ToLowerInvariant(c);
            var expanded = lower switch
            {
                'œ' => "oe",
                'æ' => "ae",
                'ß' => "ss",
                _ => null,
            };
            if (expanded is null)
            {
                buffer[length++] = lower;
            }
            else
            {
                expanded.CopyTo(buffer[length..]);
                length += expanded.Length;
            }
        }
        return new string(buffer[..length]);
    }

    private static void AddKey(List<string> keys, string piece)
    {
        var key = Normalise(piece);
        if (key.Length > 0 && !keys.Contains(key))
        {
            keys.Add(key);
        }
    }
}
