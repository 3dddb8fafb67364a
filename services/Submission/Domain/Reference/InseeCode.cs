namespace Defis.Submission.Domain;

/// <summary>
/// INSEE codes of départements (01–95 without 20, 2A and 2B for Corsica, 971–976 overseas) and of
/// communes (5 characters: the département's code followed by the commune's number, never 000).
/// </summary>
public static class InseeCode
{
    public static bool IsDepartment(string? code) => code switch
    {
        null => false,
        "2A" or "2B" => true,
        { Length: 2 } when code.All(char.IsAsciiDigit) => code is not ("00" or "20") && int.Parse(code) <= 95,
        { Length: 3 } when code.All(char.IsAsciiDigit) => int.Parse(code) is >= 971 and <= 976,
        _ => false,
    };

    public static bool IsCommune(string? code)
    {
        if (code is not { Length: 5 })
        {
            return false;
        }
        var overseas = code.StartsWith("97", StringComparison.Ordinal);
        var department = overseas ? code[..3] : code[..2];
        var number = overseas ? code[3..] : code[2..];
        return IsDepartment(department) && number.All(char.IsAsciiDigit) && number.Any(c => c != '0');
    }
}
