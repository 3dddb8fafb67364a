namespace Defis.SharedKernel.Text;

/// <summary>
/// Text typed by people, made harmless for a spreadsheet: a cell that begins with =, +, -, @, a tab or a carriage
/// return would be read as a formula by Excel or LibreOffice, so it is prefixed with an apostrophe, which they show as
/// text. Applied to every cell that carries someone's words, never to the numbers and dates we write ourselves.
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralised(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "'" + value : value;
}
