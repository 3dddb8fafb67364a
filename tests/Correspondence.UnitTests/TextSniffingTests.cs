using System.Text;
using Defis.Correspondence.Domain.Attachments;

namespace Defis.Correspondence.UnitTests;

/// <summary>Text and tables: a head cut inside a character, and what makes lines a table.</summary>
public sealed class TextSniffingTests
{
    [Theory]
    [InlineData("Café", 1)] // é cut after its lead byte
    [InlineData("Prix en €", 1)] // € cut after its lead byte
    [InlineData("Prix en €", 2)] // € cut after two of its three bytes
    [InlineData("Bravo 😀", 1)]
    [InlineData("Bravo 😀", 2)]
    [InlineData("Bravo 😀", 3)]
    public void A_head_cut_inside_its_last_character_is_text_but_a_whole_file_so_cut_is_not(string text, int cutBytes)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var head = bytes[..^cutBytes];

        Assert.Equal(FileKind.PlainText, ContentSniffer.Sniff(head, complete: false));
        Assert.Null(ContentSniffer.Sniff(head, complete: true));
    }

    [Theory]
    [InlineData("Café")]
    [InlineData("Prix en €")]
    [InlineData("Bravo 😀")]
    [InlineData("a")]
    public void A_head_ending_on_a_whole_character_is_text(string text)
    {
        Assert.Equal(FileKind.PlainText, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text), complete: false));
    }

    [Theory]
    [InlineData("nom;montant\nAtelier;100\n", true, FileKind.Csv)]
    [InlineData("nom,montant\r\nAtelier,100\r\n", true, FileKind.Csv)]
    [InlineData("nom\tmontant\nAtelier\t100", true, FileKind.Csv)]
    [InlineData("nom;montant\nAtelier;100;extra\n", true, FileKind.PlainText)]
    [InlineData("nom;montant\n", true, FileKind.PlainText)]
    [InlineData("bonjour\nau revoir\n", true, FileKind.PlainText)]
    [InlineData("a;b\nc;d\ne;f\ng", false, FileKind.Csv)] // the last of several lines may be cut: never compared
    [InlineData("a;b\nc;d\ne;f\ng", true, FileKind.Csv)]
    [InlineData("a;b\nc\ne;f\ng;h", true, FileKind.PlainText)]
    [InlineData("a;b\n\n\nc;d", true, FileKind.Csv)] // empty lines do not count
    public void Lines_with_the_same_count_of_one_separator_are_a_table(string text, bool complete, FileKind expected)
    {
        Assert.Equal(expected, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(text), complete));
    }
}
