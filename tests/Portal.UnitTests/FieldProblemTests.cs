using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class FieldProblemTests
{
    private const string Refusal = """
        {"code":3,"message":"Le dossier est incomplet.","details":[
          {"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"INVALID"},
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"problem","description":"Cette rubrique est exigée par l'appel."},
            {"field":"budget.lines[0].provider_country","description":"L'appel exige un prestataire établi en Europe."},
            {"field":"territories","description":""}]}]}
        """;

    [Fact]
    public void The_field_violations_of_a_status_are_read_in_their_JSON_spelling_without_empty_messages() =>
        Assert.Equal(
            [new FieldProblem("problem", "Cette rubrique est exigée par l'appel."),
             new FieldProblem("budget.lines[0].providerCountry", "L'appel exige un prestataire établi en Europe.")],
            FieldProblem.Read(Refusal));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pas du JSON")]
    [InlineData("[1,2]")]
    [InlineData("""{"title":"Le corps de la requête n'est pas un JSON valide (ligne 1, position 25)."}""")]
    [InlineData("""{"details":[{"fieldViolations":{"field":"x"}}]}""")]
    public void A_body_without_field_violations_gives_none(string? body) => Assert.Empty(FieldProblem.Read(body));

    [Theory]
    [InlineData(Refusal, "Le dossier est incomplet.")]
    [InlineData("""{"title":"Le corps de la requête n'est pas un JSON valide."}""", "Le corps de la requête n'est pas un JSON valide.")]
    [InlineData("""{"message":"","title":"Titre"}""", "Titre")]
    [InlineData("""{"status":400}""", null)]
    [InlineData("<html>", null)]
    [InlineData(null, null)]
    public void The_summary_is_the_status_message_else_the_problem_title(string? body, string? summary) =>
        Assert.Equal(summary, FieldProblem.Summary(body));
}
