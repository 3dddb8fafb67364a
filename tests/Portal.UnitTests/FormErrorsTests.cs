using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class FormErrorsTests
{
    private static readonly IReadOnlyList<FormField> Fields =
    [
        new("Form_Problem", "problem", "Problème"),
        new("Form_MemberName", "teamMembers[0].name", "Nom du membre"),
        new("Form_Department", "territories[0].code", "Département"),
        new("Form_ExpenseCategory", "budget.lines[0].category", "Catégorie"),
        new("Form_ProviderCountry", "budget.lines[0].providerCountry", "Pays"),
        new("Form_RequestedAmount", "budget.requestedAmountCents", "Montant demandé"),
        new("Form_SignatoryName", "actOfCandidacy.signatoryName", "Signataire"),
        new("Form_Signed", "actOfCandidacy.signed", "Signature"),
    ];

    private static FormErrors Map(params FieldProblem[] problems) => FormErrors.Map(problems, Fields, "formulaire", "Formulaire");

    [Fact]
    public void A_problem_goes_to_the_input_of_its_field()
    {
        var errors = Map(new FieldProblem("budget.lines[0].providerCountry", "Hors d'Europe."));

        Assert.Equal(["Hors d'Europe."], errors.For("Form_ProviderCountry"));
        Assert.Equal([new FormErrors.Entry("Form_ProviderCountry", "Pays", "Hors d'Europe.")], errors.Summary);
    }

    [Theory]
    [InlineData("teamMembers", "Form_MemberName")]
    [InlineData("territories", "Form_Department")]
    [InlineData("budget.lines", "Form_ExpenseCategory")]
    [InlineData("actOfCandidacy", "Form_SignatoryName")]
    public void A_missing_list_or_section_goes_to_its_first_input(string field, string input) =>
        Assert.Equal(input, Assert.Single(Map(new FieldProblem(field, "Exigé.")).Summary).Input);

    [Theory]
    [InlineData("budget.lines[0].amountCents", "Form_ExpenseCategory")]
    [InlineData("territories[0]", "Form_Department")]
    public void A_problem_of_a_shown_item_goes_to_its_first_input(string field, string input) =>
        Assert.Equal(input, Assert.Single(Map(new FieldProblem(field, "Invalide.")).Summary).Input);

    [Theory]
    [InlineData("partners[0].name")]
    [InlineData("budget.lines[1].providerCountry")]
    [InlineData("problemStatement")]
    [InlineData("")]
    public void A_problem_no_input_edits_is_on_the_form(string field)
    {
        var entry = Assert.Single(Map(new FieldProblem(field, "Autre problème.")).Summary);

        Assert.Equal(new FormErrors.Entry("formulaire", "Formulaire", "Autre problème."), entry);
    }

    [Fact]
    public void The_summary_follows_the_form_order_whatever_the_order_of_the_refusal()
    {
        var errors = Map(
            new FieldProblem("partners[0].name", "Partenaire."),
            new FieldProblem("actOfCandidacy.signed", "Non signé."),
            new FieldProblem("problem", "Exigé."),
            new FieldProblem("budget.lines[0].providerCountry", "Hors d'Europe."));

        Assert.Equal(["Form_Problem", "Form_ProviderCountry", "Form_Signed", "formulaire"], errors.Summary.Select(e => e.Input));
        Assert.True(errors.Has("Form_Signed"));
        Assert.False(errors.Has("Form_Department"));
    }

    [Fact]
    public void Several_problems_of_one_field_are_all_kept_once_each()
    {
        var errors = Map(new FieldProblem("problem", "Exigé."), new FieldProblem("problem", "Trop long."), new FieldProblem("problem", "Exigé."));

        Assert.Equal(["Exigé.", "Trop long."], errors.For("Form_Problem"));
    }

    [Fact]
    public void The_form_s_own_problems_come_first_on_their_input()
    {
        var local = new FormErrors();
        local.Add("Form_RequestedAmount", "Montant demandé", "Saisissez un montant en euros.");

        var errors = FormErrors.Map([new FieldProblem("budget.requestedAmountCents", "Hors plafond."), new FieldProblem("problem", "Exigé.")],
            Fields, "formulaire", "Formulaire", local);

        Assert.Equal(["Form_Problem", "Form_RequestedAmount", "Form_RequestedAmount"], errors.Summary.Select(e => e.Input));
        Assert.Equal(["Saisissez un montant en euros.", "Hors plafond."], errors.For("Form_RequestedAmount"));
    }

    [Fact]
    public void A_refusal_naming_no_field_is_said_once_on_the_form()
    {
        var errors = FormErrors.FromRefusal("""{"code":9,"message":"L'appel est clos."}""", Fields, "formulaire");

        Assert.Equal([new FormErrors.Entry("formulaire", FormErrors.FormLabel, "L'appel est clos.")], errors.Summary);
    }

    [Fact]
    public void An_unreadable_refusal_still_says_something()
    {
        var errors = FormErrors.FromRefusal("<html>502</html>", Fields, "formulaire");

        Assert.Contains("refusée", Assert.Single(errors.Summary).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_with_field_violations_places_them_and_adds_no_general_message()
    {
        var errors = FormErrors.FromRefusal("""
            {"code":3,"message":"Dossier incomplet.","details":[{"fieldViolations":[{"field":"problem","description":"Exigé."}]}]}
            """, Fields, "formulaire");

        Assert.Equal([new FormErrors.Entry("Form_Problem", "Problème", "Exigé.")], errors.Summary);
    }
}
