using Defis.SharedKernel;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>One list of where providers may be based, for filing and for expenses (decision 0008).</summary>
public sealed class EuropeanCountriesTests
{
    [Theory]
    [InlineData("AT")] [InlineData("BE")] [InlineData("BG")] [InlineData("HR")] [InlineData("CY")] [InlineData("CZ")] [InlineData("DK")]
    [InlineData("EE")] [InlineData("FI")] [InlineData("FR")] [InlineData("DE")] [InlineData("GR")] [InlineData("HU")] [InlineData("IE")]
    [InlineData("IT")] [InlineData("LV")] [InlineData("LT")] [InlineData("LU")] [InlineData("MT")] [InlineData("NL")] [InlineData("PL")]
    [InlineData("PT")] [InlineData("RO")] [InlineData("SK")] [InlineData("SI")] [InlineData("ES")] [InlineData("SE")]
    [InlineData("IS")] [InlineData("LI")] [InlineData("NO")] [InlineData("CH")] [InlineData("GB")]
    [InlineData("AD")] [InlineData("MC")] [InlineData("SM")] [InlineData("VA")]
    public void Providers_in_the_eu_the_eea_switzerland_the_uk_and_the_microstates_are_european(string code) =>
        Assert.True(EuropeanCountries.Contains(code));

    [Theory]
    [InlineData("FR", true)]
    [InlineData("GR", true)]
    [InlineData("NO", true)]
    [InlineData("CH", true)]
    [InlineData("GB", true)]
    [InlineData("MC", true)]
    [InlineData("VA", true)]
    [InlineData("EL", false)]
    [InlineData("UK", false)]
    [InlineData("TR", false)]
    [InlineData("US", false)]
    [InlineData("fr", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Europe_is_the_eu_the_eea_switzerland_the_united_kingdom_and_the_microstates(string? code, bool european) =>
        Assert.Equal(european, EuropeanCountries.Contains(code));

    [Fact]
    public void The_list_is_the_documented_36_well_formed_codes()
    {
        Assert.Equal(36, EuropeanCountries.All.Count);
        Assert.All(EuropeanCountries.All, code => Assert.True(EuropeanCountries.IsWellFormed(code)));
    }

    [Theory]
    [InlineData("FR", true)]
    [InlineData("ZZ", true)]
    [InlineData("F", false)]
    [InlineData("FRA", false)]
    [InlineData("fr", false)]
    [InlineData("F1", false)]
    [InlineData("ÉÉ", false)]
    [InlineData(null, false)]
    public void A_code_is_two_ascii_capitals(string? code, bool wellFormed) => Assert.Equal(wellFormed, EuropeanCountries.IsWellFormed(code));
}
