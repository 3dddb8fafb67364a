using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

/// <summary>A declared expense and the verdict on it; a rejected line keeps its reasons, in French, field by field.</summary>
public sealed record ExpenseLine(Guid Id, ExpenseDeclaration Declaration, DateTimeOffset DeclaredAt, string DeclaredBy,
    IReadOnlyList<FieldViolation> Rejections)
{
    /// <summary>For EF Core, which sets every property from the stored row.</summary>
    private ExpenseLine()
        : this(Guid.Empty, null!, default, "", [])
    {
    }

    public bool IsAccepted => Rejections.Count == 0;
}

/// <summary>Accepted expenses of one category beside its budget (null: only the grant binds).</summary>
public sealed record CategoryTotal(ExpenseCategory Category, Money Accepted, Money? Budget);
