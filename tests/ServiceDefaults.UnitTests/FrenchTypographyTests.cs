using Defis.SharedKernel.Text;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>The typography of our documents, without servers.</summary>
public sealed class FrenchTypographyTests
{
    [Theory]
    [InlineData(9_000_000, "90\u202f000,00\u202f€")]
    [InlineData(123_456_789, "1\u202f234\u202f567,89\u202f€")]
    [InlineData(5, "0,05\u202f€")]
    public void Amounts_are_grouped_by_narrow_no_break_spaces_with_the_euro_after(long cents, string written) =>
        Assert.Equal(written, FrenchTypography.Amount(cents));

    [Fact]
    public void Colons_take_a_no_break_space_and_semicolons_exclamation_and_question_marks_a_narrow_one() =>
        Assert.Equal("Attention\u00a0: oui\u202f; non\u202f! Vraiment\u202f?", FrenchTypography.Sentence("Attention : oui ; non ! Vraiment ?"));

    [Fact]
    public void Sentences_get_guillemets_that_hold_and_typographic_apostrophes() =>
        Assert.Equal("L’appel CB21 «\u00a0Défi\u00a0»", FrenchTypography.Sentence("L'appel CB21 « Défi »"));

    [Fact]
    public void Guillemets_hold_their_text_with_no_break_spaces() =>
        Assert.Equal("«\u00a0Défi\u00a0»", FrenchTypography.Quoted("Défi"));
}
