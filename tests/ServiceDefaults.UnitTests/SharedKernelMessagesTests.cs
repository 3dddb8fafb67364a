using Defis.SharedKernel;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;

namespace Defis.ServiceDefaults.UnitTests;

/// <summary>What the shared kernel tells people: each refusal's French text, limits at the edge and one past it.</summary>
public sealed class SharedKernelMessagesTests
{
    private static string Single(FieldViolations errors) => Assert.Single(errors.Items).Description;

    [Fact]
    public void Required_text_missing_says_it_is_required() =>
        Assert.Equal("Ce champ est obligatoire.", Single(new FieldViolations().RequiredText("title", " ", 10)));

    [Fact]
    public void Text_at_its_limit_passes_and_one_more_character_is_refused_with_both_lengths()
    {
        Assert.False(new FieldViolations().OptionalText("title", new string('a', 10), 10).Any);
        Assert.Equal("Ce champ dépasse 10 caractères (11).", Single(new FieldViolations().OptionalText("title", new string('a', 11), 10)));
    }

    [Fact]
    public void Control_characters_are_refused_but_line_breaks_and_tabs_pass()
    {
        Assert.Equal("Ce champ contient des caractères de contrôle non autorisés.", Single(new FieldViolations().OptionalText("title", "a\u0007b", 10)));
        Assert.False(new FieldViolations().OptionalText("title", "a\r\n\tb", 10).Any);
    }

    [Fact]
    public void An_email_is_required_unless_said_otherwise_and_254_characters_is_the_most()
    {
        var local = new string('a', 64);
        var at254 = $"{local}@{new string('b', 254 - 64 - 1 - 3)}.fr";
        var at255 = $"{local}@{new string('b', 255 - 64 - 1 - 3)}.fr";

        Assert.Equal("Ce champ est obligatoire.", Single(new FieldViolations().Email("email", "")));
        Assert.False(new FieldViolations().Email("email", "", required: false).Any);
        Assert.Equal(254, at254.Length);
        Assert.False(new FieldViolations().Email("email", at254).Any);
        Assert.Equal("Adresse électronique invalide.", Single(new FieldViolations().Email("email", at255)));
    }

    [Fact]
    public void An_unknown_enum_value_is_named_and_zero_is_missing()
    {
        Assert.Equal("Valeur inconnue : 9.", Single(new FieldViolations().KnownEnum("kind", (ContractKind)9)));
        Assert.Equal("Ce champ est obligatoire.", Single(new FieldViolations().KnownEnum("kind", ContractKind.Unspecified)));
        Assert.False(new FieldViolations().KnownEnum("kind", ContractKind.Team).Any);
    }

    [Theory]
    [InlineData(null, "Ce champ est obligatoire.")]
    [InlineData("", "Ce champ est obligatoire.")]
    [InlineData("  ", "Ce champ est obligatoire.")]
    [InlineData("abc", "Identifiant invalide (UUID attendu).")]
    [InlineData("00000000-0000-0000-0000-000000000000", "Identifiant invalide (UUID attendu).")]
    public void A_missing_id_and_a_malformed_one_are_told_apart(string? value, string message) =>
        Assert.Equal(message, Single(Errors(e => e.Id("dossier_id", value))));

    [Fact]
    public void A_required_id_throws_at_once_naming_its_field()
    {
        var refused = Assert.Throws<RequestValidationException>(() => FieldViolations.RequiredId("dossier_id", "x"));

        Assert.Equal("La requête contient des champs invalides.", refused.Message);
        Assert.Equal("dossier_id", Assert.Single(refused.Violations).Field);
        var id = Guid.CreateVersion7();
        Assert.Equal(id, FieldViolations.RequiredId("dossier_id", id.ToString()));
    }

    [Fact]
    public void The_service_errors_say_what_happened_in_french()
    {
        Assert.Equal("Dossier 'CB21-0001' introuvable.", new NotFoundException("Dossier", "CB21-0001").Message);
        Assert.Equal("Authentification requise.", new UnauthenticatedException().Message);
        Assert.Equal("Appel clos. Montant trop élevé.", new PreconditionFailedException(
            [new PreconditionViolation("CLOSED", "programme", "Appel clos."), new PreconditionViolation("AMOUNT", "budget", "Montant trop élevé.")]).Message);
    }

    [Theory]
    [InlineData(Phase.Exploration, "exploration")]
    [InlineData(Phase.Incubation, "incubation")]
    [InlineData(Phase.Experimentation, "expérimentation")]
    public void A_phase_reads_in_french(Phase phase, string french) => Assert.Equal(french, phase.InFrench());

    [Fact]
    public void Paris_time_is_written_in_french()
    {
        var instant = new DateTimeOffset(2021, 10, 15, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal("vendredi 15 octobre 2021 à 12:00", ParisTime.Format(instant));
    }

    /// <summary>Shaped like a proto enum: zero is UNSPECIFIED.</summary>
    private enum ContractKind
    {
        Unspecified = 0,
        Team = 1,
    }

    private static FieldViolations Errors(Action<FieldViolations> check)
    {
        var errors = new FieldViolations();
        check(errors);
        return errors;
    }
}
