using Defis.Funding.Documents;
using Defis.Funding.Domain;
using Defis.SharedKernel;

namespace Defis.Funding.IntegrationTests.OpenData;

/// <summary>The SCDL cells we compute ourselves, without servers: amounts and the purpose within the schema's limit.</summary>
public sealed class ScdlGrantsTests
{
    [Theory]
    [InlineData(4_780_020, "47800.20")]
    [InlineData(2_500_000_000, "25000000.00")]
    [InlineData(2_300_001, "23000.01")]
    [InlineData(5, "0.05")]
    public void Amounts_have_a_point_two_decimals_and_no_grouping(long cents, string written) =>
        Assert.Equal(written, ScdlGrants.Euros(new Money(cents)));

    [Fact]
    public void A_long_title_is_shortened_so_that_the_purpose_stays_under_256_characters()
    {
        var purpose = ScdlGrants.Purpose(Phase.Incubation, new string('a', 200) + " " + new string('b', 100), "CB21-0042", "CB21");

        Assert.Equal(ScdlGrants.TextMaxLength, purpose.Length);
        Assert.StartsWith("Phase d’incubation du défi «\u00a0aaa", purpose, StringComparison.Ordinal);
        Assert.EndsWith("…\u00a0» (CB21-0042), appel CB21", purpose, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_grants_strictly_above_23000_euros_must_be_published() =>
        Assert.Equal(Money.FromEuros(23_000), ScdlGrants.PublicationThreshold);
}
