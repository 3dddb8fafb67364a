using Defis.Contracts.Submission.V1;
using Defis.Portal.Forms;

namespace Defis.Portal.UnitTests;

public sealed class DossierFormTests
{
    private static readonly FormField RequestedAmount = DossierForm.Fields.Single(field => field.Input == "Form_RequestedAmount");

    [Theory]
    [InlineData("100000", 10_000_000)]
    [InlineData("100 000", 10_000_000)]
    [InlineData("100\u00a0000 €", 10_000_000)]
    [InlineData("1 234,50", 123_450)]
    [InlineData("0,01", 1)]
    [InlineData("", 0)]
    [InlineData("  ", 0)]
    public void Euros_as_typed_in_France_are_cents(string typed, long cents)
    {
        var errors = new FormErrors();

        Assert.Equal(cents, EuroAmount.Read(typed, RequestedAmount, errors, 0));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData("cent mille")]
    [InlineData("1.234,5.6")]
    [InlineData("0,001")]
    [InlineData("-5")]
    public void What_is_not_an_amount_in_euros_is_the_form_s_own_error_and_sent_as_zero(string typed)
    {
        var errors = new FormErrors();

        Assert.Equal(0, EuroAmount.Read(typed, RequestedAmount, errors, 0));
        Assert.Equal("Form_RequestedAmount", Assert.Single(errors.Summary).Input);
    }

    [Theory]
    [InlineData(10_000_000, "100000")]
    [InlineData(123_450, "1234,50")]
    public void Cents_are_shown_as_euros(long cents, string shown) => Assert.Equal(shown, EuroAmount.Typed(cents));

    [Fact]
    public void Every_input_of_the_form_has_its_field_once() =>
        Assert.Equal(DossierForm.Fields.Count, DossierForm.Fields.Select(f => f.Path).Distinct().Count());

    [Fact]
    public void The_form_replaces_the_first_member_territory_and_line_and_keeps_the_rest()
    {
        var dossier = new Dossier
        {
            LeadStructureName = "Préfecture de la Creuse",
            Content = new DossierContent
            {
                LeadStructure = new LeadStructure { Name = "Préfecture de la Creuse", Type = LeadStructureType.TerritorialAdministration },
                Partners = { new Partner { Name = "Laboratoire" } },
                TeamMembers = { new TeamMember { Name = "Ancien" }, new TeamMember { Name = "Second" } },
                Territories = { new Territory { Kind = TerritoryKind.Commune, Code = "23096" } },
                Budget = new Budget { Lines = { new BudgetLine { Label = "Ancienne" }, new BudgetLine { Label = "Deuxième" } } },
            },
        };
        var form = DossierForm.From(dossier);
        form.MemberName = "Claire Martin";
        form.Department = "2a";
        form.ExpenseLabel = "Design de service";
        form.ExpenseAmount = "120 000";
        form.RequestedAmount = "100 000";
        form.Signed = true;

        var errors = new FormErrors();
        var content = form.ApplyTo(dossier, new DateTimeOffset(2026, 12, 31, 23, 30, 0, TimeSpan.Zero), errors);

        Assert.False(errors.Any);
        Assert.Equal("Préfecture de la Creuse", content.LeadStructure.Name);
        Assert.Equal(["Claire Martin", "Second"], content.TeamMembers.Select(m => m.Name));
        Assert.Equal(new Territory { Kind = TerritoryKind.Department, Code = "2A" }, Assert.Single(content.Territories));
        Assert.Equal(["Design de service", "Deuxième"], content.Budget.Lines.Select(l => l.Label));
        Assert.Equal(12_000_000, content.Budget.Lines[0].AmountCents);
        Assert.Equal(10_000_000, content.Budget.RequestedAmountCents);
        Assert.Single(content.Partners);
        // Signed on the Paris day: 31 December 23:30 UTC is already 1 January in Paris.
        Assert.Equal(new Google.Type.Date { Year = 2027, Month = 1, Day = 1 }, content.ActOfCandidacy.SignedOn);
    }

    [Fact]
    public void Blank_items_are_removed_and_an_unsigned_act_has_no_date()
    {
        var dossier = new Dossier
        {
            Content = new DossierContent
            {
                TeamMembers = { new TeamMember { Name = "Ancien" } },
                Territories = { new Territory { Code = "75" } },
                Budget = new Budget { Lines = { new BudgetLine { Label = "Ancienne" } } },
            },
        };
        var form = DossierForm.From(dossier);
        form.MemberName = form.MemberRole = form.MemberEmail = "";
        form.Department = " ";
        form.ExpenseLabel = form.ExpenseAmount = form.ProviderName = form.ProviderCountry = "";
        form.ExpenseCategory = ExpenseCategory.Unspecified;

        var content = form.ApplyTo(dossier, DateTimeOffset.UnixEpoch, new FormErrors());

        Assert.Empty(content.TeamMembers);
        Assert.Empty(content.Territories);
        Assert.Empty(content.Budget.Lines);
        Assert.False(content.ActOfCandidacy.Signed);
        Assert.Null(content.ActOfCandidacy.SignedOn);
    }
}
