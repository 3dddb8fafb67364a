using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

/// <summary>An expense as a laureate declares it against its grant.</summary>
public sealed record ExpenseDeclaration(ExpenseCategory Category, Money Amount, string Provider, string ProviderCountry,
    DateOnly Date, string InvoiceReference)
{
    public const int ProviderMaxLength = 200;
    public const int InvoiceReferenceMaxLength = 100;

    /// <summary>Malformed input (as opposed to an expense the rules refuse) is answered field by field and recorded nowhere.</summary>
    public void Validate(DateOnly today)
    {
        var violations = new FieldViolations()
            .KnownEnum("category", Category)
            .PositiveAmount("amount", Amount)
            .RequiredText("provider", Provider, ProviderMaxLength)
            .RequiredText("invoice_reference", InvoiceReference, InvoiceReferenceMaxLength);
        if (!EuropeanCountries.IsWellFormed(ProviderCountry))
        {
            violations.Add("provider_country", "Code pays invalide : deux lettres majuscules ISO 3166-1 attendues (ex. « FR »).");
        }
        if (Date > today)
        {
            violations.Add("date", "La date de la dépense ne peut pas être dans le futur.");
        }
        violations.ThrowIfAny();
    }
}
