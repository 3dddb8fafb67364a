namespace Defis.Submission.Domain;

/// <summary>
/// A SIRET is 14 digits whose Luhn sum is a multiple of 10. La Poste's establishments (SIREN
/// 356000000) are numbered past what Luhn allows; INSEE checks them by a digit sum multiple of 5.
/// </summary>
public static class Siret
{
    private const string LaPosteSiren = "356000000";

    public static bool IsValid(string? value)
    {
        if (value is not { Length: 14 } || !value.All(char.IsAsciiDigit))
        {
            return false;
        }
        if (value.StartsWith(LaPosteSiren, StringComparison.Ordinal) && value != "35600000000048")
        {
            return value.Sum(c => c - '0') % 5 == 0;
        }
        return LuhnSum(value) % 10 == 0;
    }

    private static int LuhnSum(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (digit * 2 > 9 ? digit * 2 - 9 : digit * 2) : digit;
        }
        return sum;
    }
}
