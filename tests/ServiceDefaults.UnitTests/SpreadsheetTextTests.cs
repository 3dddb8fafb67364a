using Defis.SharedKernel.Text;

namespace Defis.ServiceDefaults.UnitTests;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("Rectorat de Lyon", "Rectorat de Lyon")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void A_cell_that_a_spreadsheet_would_read_as_a_formula_is_made_text(string typed, string written) =>
        Assert.Equal(written, SpreadsheetText.Neutralised(typed));
}

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("Rectorat de Lyon", "Rectorat de Lyon")]
    [InlineData("Lyon, Rhône", "\"Lyon, Rhône\"")]
    [InlineData(",Lyon", "\",Lyon\"")]
    [InlineData("dit \"oui\"", "\"dit \"\"oui\"\"\"")]
    [InlineData("deux\r\nlignes", "\"deux\r\nlignes\"")]
    [InlineData("", "")]
    public void A_field_is_quoted_only_when_it_must_be(string value, string written) => Assert.Equal(written, CsvField.Of(value));

    [Fact]
    public void Numbers_are_written_without_culture() => Assert.Equal("1234567", CsvField.Of(1_234_567L));
}
