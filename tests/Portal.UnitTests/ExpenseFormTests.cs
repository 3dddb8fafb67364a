using System.Security.Claims;
using Defis.Contracts.Funding.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class ExpenseFormTests
{
    private const string Grant = "0193a5b0-0000-7000-8000-000000000001";

    private static readonly string CategoryInput = ExpenseForm.CategoryInput(Grant);
    private static readonly string DateInput = ExpenseForm.DateInput(Grant);
    private static readonly string AmountInput = ExpenseForm.AmountInput(Grant);
    private static readonly string ProviderInput = ExpenseForm.ProviderInput(Grant);
    private static readonly string CountryInput = ExpenseForm.CountryInput(Grant);
    private static readonly string InvoiceInput = ExpenseForm.InvoiceInput(Grant);

    /// <summary>
    /// What Funding answers (through the gateway) to a line with no category, no day, a zero amount, no provider, a
    /// lower-case country and no invoice: every field at once, in its own words (FundingRequests, ExpenseDeclaration).
    /// </summary>
    private const string EveryFieldRefused = """
        {"code":3,"message":"Requête invalide.","details":[
          {"@type":"type.googleapis.com/google.rpc.BadRequest","fieldViolations":[
            {"field":"lines[0].date","description":"Ce champ est obligatoire."},
            {"field":"lines[0].category","description":"Ce champ est obligatoire."},
            {"field":"lines[0].amount_cents","description":"Le montant doit être supérieur à zéro."},
            {"field":"lines[0].provider","description":"Ce champ est obligatoire."},
            {"field":"lines[0].invoice_reference","description":"Ce champ est obligatoire."},
            {"field":"lines[0].provider_country","description":"Code pays invalide : deux lettres majuscules ISO 3166-1 attendues (ex. « FR »)."}]}]}
        """;

    private static ExpenseForm Good() => new()
    {
        Category = ExpenseCategory.ChangeManagement,
        Date = "2026-12-03",
        Amount = "1 234,50",
        Provider = "  Conseil Public SAS ",
        ProviderCountry = " fr ",
        InvoiceReference = " F-2026-118 ",
    };

    [Fact]
    public void One_line_is_sent_with_its_amount_in_cents_its_day_its_country_in_capitals_and_its_texts_trimmed()
    {
        var errors = new FormErrors();

        var request = Good().ToRequest(Grant, errors);

        Assert.False(errors.Any);
        Assert.Equal(Grant, request.GrantId);
        var line = Assert.Single(request.Lines);
        Assert.Equal((ExpenseCategory.ChangeManagement, 123_450L, "Conseil Public SAS", "FR", "F-2026-118"),
            (line.Category, line.AmountCents, line.Provider, line.ProviderCountry, line.InvoiceReference));
        Assert.Equal((2026, 12, 3), (line.Date.Year, line.Date.Month, line.Date.Day));
    }

    [Theory]
    [InlineData("03/12/2026")]
    [InlineData("3/12/2026")]
    [InlineData(" 2026-12-03 ")]
    public void The_day_is_read_as_browsers_send_it_and_as_people_type_it(string typed)
    {
        var form = Good();
        form.Date = typed;

        var line = Assert.Single(form.ToRequest(Grant, new FormErrors()).Lines);

        Assert.Equal((2026, 12, 3), (line.Date.Year, line.Date.Month, line.Date.Day));
    }

    /// <summary>Both sides of zero: the form reads them all; that 0,00 € is not an expense is the platform's to say, 0,01 € is one.</summary>
    [Theory]
    [InlineData("0,01", 1)]
    [InlineData("0,00", 0)]
    [InlineData("0", 0)]
    [InlineData("-0", 0)]
    [InlineData(null, 0)]
    [InlineData(" ", 0)]
    [InlineData("12 000 €", 1_200_000)]
    public void An_amount_it_can_read_is_sent_as_typed_in_cents(string? typed, long cents)
    {
        var form = Good();
        form.Amount = typed;
        var errors = new FormErrors();

        var line = Assert.Single(form.ToRequest(Grant, errors).Lines);

        Assert.False(errors.Any);
        Assert.Equal(cents, line.AmountCents);
    }

    [Theory]
    [InlineData("-0,01", EuroAmount.Negative)]
    [InlineData("-5", EuroAmount.Negative)]
    [InlineData("douze", EuroAmount.NotAnAmount)]
    [InlineData("12.50", EuroAmount.NotAnAmount)]
    [InlineData("0,001", EuroAmount.TooManyDecimals)]
    [InlineData("92 233 720 368 547 758,08", EuroAmount.TooLarge)]
    public void An_amount_it_cannot_read_is_its_own_error_at_the_amount_and_a_stand_in_the_platform_refuses_is_sent(string typed, string message)
    {
        var form = Good();
        form.Amount = typed;
        var errors = new FormErrors();

        var line = Assert.Single(form.ToRequest(Grant, errors).Lines);

        var entry = Assert.Single(errors.Summary);
        Assert.Equal((AmountInput, "Montant de la dépense", message), (entry.Input, entry.Label, entry.Message));
        Assert.Equal(ExpenseForm.StandIn, line.AmountCents);
        Assert.True(line.AmountCents <= 0);
    }

    [Theory]
    [InlineData("32/12/2026")]
    [InlineData("2026-02-30")]
    [InlineData("hier")]
    public void A_day_it_cannot_read_is_its_own_error_and_the_line_goes_without_one(string typed)
    {
        var form = Good();
        form.Date = typed;
        var errors = new FormErrors();

        var line = Assert.Single(form.ToRequest(Grant, errors).Lines);

        Assert.Equal([(DateInput, ParisInput.BadDate)], errors.Summary.Select(e => (e.Input, e.Message)));
        Assert.Null(line.Date);
    }

    [Fact]
    public void Nothing_typed_is_sent_as_nothing_for_the_platform_to_name_every_field()
    {
        var errors = new FormErrors();

        var line = Assert.Single(new ExpenseForm().ToRequest(Grant, errors).Lines);

        Assert.False(errors.Any);
        Assert.Equal((ExpenseCategory.Unspecified, 0L, "", "", "", (Google.Type.Date?)null),
            (line.Category, line.AmountCents, line.Provider, line.ProviderCountry, line.InvoiceReference, line.Date));
    }

    [Fact]
    public void Every_field_the_platform_refuses_lands_on_its_input_in_the_form_s_order_with_the_platform_s_words()
    {
        var errors = ExpenseForm.Refusal(EveryFieldRefused, Grant, new FormErrors());

        Assert.Equal(
        [
            (CategoryInput, "Catégorie de la dépense", "Ce champ est obligatoire."),
            (DateInput, "Date de la dépense", "Ce champ est obligatoire."),
            (AmountInput, "Montant de la dépense", "Le montant doit être supérieur à zéro."),
            (ProviderInput, "Prestataire", "Ce champ est obligatoire."),
            (CountryInput, "Pays du prestataire", "Code pays invalide : deux lettres majuscules ISO 3166-1 attendues (ex. « FR »)."),
            (InvoiceInput, "Référence de la facture", "Ce champ est obligatoire."),
        ], errors.Summary.Select(e => (e.Input, e.Label, e.Message)));
    }

    [Fact]
    public void The_platform_s_word_on_a_stand_in_is_left_out_the_form_s_own_word_standing_alone_there()
    {
        var form = new ExpenseForm { Amount = "douze", Date = "hier" };
        var local = new FormErrors();
        form.ToRequest(Grant, local);

        var errors = ExpenseForm.Refusal(EveryFieldRefused, Grant, local);

        Assert.Equal([EuroAmount.NotAnAmount], errors.For(AmountInput));
        Assert.Equal([ParisInput.BadDate], errors.For(DateInput));
        Assert.Equal([CategoryInput, DateInput, AmountInput, ProviderInput, CountryInput, InvoiceInput], errors.Summary.Select(e => e.Input));
    }

    [Fact]
    public void A_declaration_without_lines_lands_on_the_first_input()
    {
        var errors = ExpenseForm.Refusal("""{"details":[{"fieldViolations":[{"field":"lines","description":"Une déclaration compte de 1 à 100 lignes."}]}]}""",
            Grant, new FormErrors());

        Assert.Equal([CategoryInput], errors.Summary.Select(e => e.Input));
    }

    [Fact]
    public void A_grant_no_longer_committed_is_said_once_on_the_form_that_was_sent()
    {
        const string notCommitted = """
            {"code":9,"message":"Des dépenses ne peuvent être déclarées que sur une dotation engagée.","details":[
              {"@type":"type.googleapis.com/google.rpc.PreconditionFailure","violations":[
                {"type":"GRANT_STATE","subject":"grant","description":"Des dépenses ne peuvent être déclarées que sur une dotation engagée."}]}]}
            """;

        var errors = ExpenseForm.Refusal(notCommitted, Grant, new FormErrors());

        var entry = Assert.Single(errors.Summary);
        Assert.Equal((ExpenseForm.FormId(Grant), FormErrors.FormLabel, "Des dépenses ne peuvent être déclarées que sur une dotation engagée."),
            (entry.Input, entry.Label, entry.Message));
    }

    [Fact]
    public void Each_grant_s_form_has_its_own_inputs_so_a_refusal_shows_on_the_form_that_was_sent()
    {
        const string other = "0193a5b0-0000-7000-8000-000000000002";

        Assert.Empty(ExpenseForm.Fields(Grant).Select(f => f.Input).Intersect(ExpenseForm.Fields(other).Select(f => f.Input)));
        Assert.NotEqual(ExpenseForm.FormId(Grant), ExpenseForm.FormId(other));
    }

    [Theory]
    [InlineData("lead@example.gouv.fr", true)]
    [InlineData("claire.martin@example.gouv.fr", false)]
    [InlineData(" Claire.Martin@example.gouv.fr ", false)]
    [InlineData("", true)]
    [InlineData(null, true)]
    public void The_form_is_offered_to_the_lead_and_not_to_a_co_editor(string? email, bool offered)
    {
        var dossier = new Defis.Contracts.Submission.V1.Dossier { CoEditorEmails = { "claire.martin@example.gouv.fr" } };
        Claim[] claims = email is null ? [new("sub", "agent-lyon")] : [new("sub", "agent-lyon"), new("email", email)];
        var user = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));

        Assert.Equal(offered, ExpenseForm.OfferedTo(user, dossier));
    }
}
