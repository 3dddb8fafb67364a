using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

/// <summary>How an amount in a request is judged, so that every entry point says the same thing in French.</summary>
public static class AmountChecks
{
    /// <summary>A strictly positive amount; zero and negative amounts are named separately.</summary>
    public static FieldViolations PositiveAmount(this FieldViolations violations, string field, Money amount)
    {
        if (amount.IsNegative)
        {
            return violations.Add(field, "Le montant ne peut pas être négatif.");
        }
        return amount.IsPositive ? violations : violations.Add(field, "Le montant doit être supérieur à zéro.");
    }

    public static FieldViolations NonNegativeAmount(this FieldViolations violations, string field, Money amount) =>
        amount.IsNegative ? violations.Add(field, "Le montant ne peut pas être négatif.") : violations;

    /// <summary>Parses a French amount typed by a person and requires it to be positive.</summary>
    public static Money PositiveAmount(this FieldViolations violations, string field, string? text)
    {
        if (!Money.TryParseFrench(text, out var amount, out var error))
        {
            violations.Add(field, error!);
            return Money.Zero;
        }
        violations.PositiveAmount(field, amount);
        return amount;
    }
}
