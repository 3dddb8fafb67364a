using Defis.SharedKernel.Errors;

namespace Defis.ServiceDefaults.UnitTests;

public sealed class FieldViolationsTests
{
    private enum Colour
    {
        Unspecified = 0,
        Blue = 1,
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("   ", true)]
    [InlineData("Défi", false)]
    [InlineData("beaucoup trop long", true)]
    [InlineData("a\u0007b", true)]
    [InlineData("ligne 1\nligne 2", false)]
    public void Required_text(string? value, bool rejected)
    {
        var errors = new FieldViolations().RequiredText("title", value, maxLength: 16);

        Assert.Equal(rejected, errors.Any);
    }

    [Theory]
    [InlineData("equipe@ac-lyon.fr", false)]
    [InlineData("Prénom Nom <equipe@ac-lyon.fr>", true)]
    [InlineData("equipe@@ac-lyon.fr", true)]
    [InlineData("equipe@localhost", true)]
    [InlineData("pas une adresse", true)]
    public void Email(string value, bool rejected)
    {
        Assert.Equal(rejected, new FieldViolations().Email("contact_email", value).Any);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(0, true)]
    [InlineData(7, true)]
    public void Enum_values_must_be_known_and_specified(int value, bool rejected)
    {
        Assert.Equal(rejected, new FieldViolations().KnownEnum("colour", (Colour)value).Any);
    }

    [Fact]
    public void All_violations_are_reported_at_once()
    {
        var errors = new FieldViolations().RequiredText("title", "", 10).Email("contact_email", "x").KnownEnum("colour", Colour.Unspecified);

        var exception = Assert.Throws<RequestValidationException>(errors.ThrowIfAny);

        Assert.Equal(["title", "contact_email", "colour"], exception.Violations.Select(v => v.Field));
    }

    [Theory]
    [InlineData("0192b1d2-0000-7000-8000-000000000000", false)]
    [InlineData("00000000-0000-0000-0000-000000000000", true)]
    [InlineData("42", true)]
    [InlineData("", true)]
    public void Ids_are_non_empty_uuids(string value, bool rejected)
    {
        var errors = new FieldViolations();

        errors.Id("dossier_id", value);

        Assert.Equal(rejected, errors.Any);
    }
}
