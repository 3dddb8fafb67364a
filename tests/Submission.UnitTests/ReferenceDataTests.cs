using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

public sealed class ReferenceDataTests
{
    [Theory]
    [InlineData("13002526500013", true)]   // a central administration
    [InlineData("73282932000074", true)]
    [InlineData("35600000000048", true)]   // La Poste's head office: Luhn
    [InlineData("35600000049837", true)]   // a La Poste establishment: digit sum multiple of 5
    [InlineData("35600000049838", false)]
    [InlineData("73282932000075", false)]  // wrong check digit
    [InlineData("7328293200007", false)]   // 13 digits
    [InlineData("7328293200007A", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Siret_is_checked_with_luhn_and_la_postes_exception(string? siret, bool valid) => Assert.Equal(valid, Siret.IsValid(siret));

    [Theory]
    [InlineData("01", true)]
    [InlineData("69", true)]
    [InlineData("95", true)]
    [InlineData("2A", true)]
    [InlineData("2B", true)]
    [InlineData("971", true)]
    [InlineData("976", true)]
    [InlineData("00", false)]
    [InlineData("20", false)]
    [InlineData("96", false)]
    [InlineData("977", false)]
    [InlineData("2C", false)]
    [InlineData("2a", false)]
    [InlineData("6", false)]
    [InlineData("", false)]
    public void Department_codes(string code, bool valid) => Assert.Equal(valid, InseeCode.IsDepartment(code));

    [Theory]
    [InlineData("69123", true)]   // Lyon
    [InlineData("2A004", true)]   // Ajaccio
    [InlineData("97411", true)]   // Saint-Denis (La Réunion)
    [InlineData("75056", true)]
    [InlineData("69000", false)]
    [InlineData("20004", false)]
    [InlineData("97711", false)]
    [InlineData("6912", false)]
    [InlineData("691234", false)]
    [InlineData("69A23", false)]
    public void Commune_codes(string code, bool valid) => Assert.Equal(valid, InseeCode.IsCommune(code));

    [Theory]
    [InlineData(1, "CB21-0001")]
    [InlineData(42, "CB21-0042")]
    [InlineData(9999, "CB21-9999")]
    [InlineData(10000, "CB21-10000")]
    public void References_have_at_least_four_digits(long rank, string expected) => Assert.Equal(expected, DossierReference.Format("CB21", rank));

    [Fact]
    public void Ranks_start_at_one() => Assert.Throws<ArgumentOutOfRangeException>(() => DossierReference.Format("CB21", 0));
}

public sealed class DossierReferenceTests
{
    [Theory]
    [InlineData("CB21-0042", true)]
    [InlineData(" cb21-10000 ", true)]
    [InlineData("CB21-42", false)]
    [InlineData("CB21-", false)]
    [InlineData("-0042", false)]
    [InlineData("CB 21-0042", false)]
    [InlineData("CB21-00X2", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_reference_is_a_programme_code_and_a_rank_of_four_digits_or_more(string? reference, bool wellFormed) =>
        Assert.Equal(wellFormed, DossierReference.IsWellFormed(reference));
}
