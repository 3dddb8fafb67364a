using Defis.Funding.Domain;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.UnitTests;

public sealed class AmountChecksTests
{
    [Theory]
    [InlineData("0,00 €", "supérieur à zéro")]
    [InlineData("-25 000,00 €", "négatif")]
    [InlineData("100 000 000 000 000 000,00 €", "trop élevé")]
    [InlineData("vingt-cinq mille", "illisible")]
    [InlineData(null, "illisible")]
    public void A_typed_amount_is_answered_precisely_on_its_field(string? text, string reason)
    {
        var violations = new FieldViolations();

        violations.PositiveAmount("requested_amount", text);

        var error = Assert.Throws<RequestValidationException>(violations.ThrowIfAny);
        var violation = Assert.Single(error.Violations);
        Assert.Equal("requested_amount", violation.Field);
        Assert.Contains(reason, violation.Description);
    }

    [Fact]
    public void A_good_typed_amount_passes_with_its_cents()
    {
        var violations = new FieldViolations();
        Assert.Equal(new Money(7_000_050), violations.PositiveAmount("requested_amount", "70 000,50 €"));
        Assert.False(violations.Any);
    }
}
