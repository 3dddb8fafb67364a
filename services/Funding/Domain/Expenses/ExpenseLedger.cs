using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;

namespace Defis.Funding.Domain;

/// <summary>
/// The expenses declared against one grant, with optional budgets per category. Kept apart from the
/// grant so that declarations do not contend with commitments. Two declarations on the same ledger
/// must not be decided on the same state: persistence serializes them (version column or row lock),
/// otherwise both could fit the budget separately and exceed it together.
/// </summary>
public sealed class ExpenseLedger
{
    private readonly List<ExpenseLine> _lines = [];
    // Not readonly: EF Core sets it when it loads a ledger (stored as one document).
    private Dictionary<ExpenseCategory, Money> _budgets;

    /// <summary>For EF Core, which sets every property and the lines from the stored rows.</summary>
    private ExpenseLedger()
    {
        _budgets = [];
    }

    private ExpenseLedger(Guid grantId, Guid programmeId, Dictionary<ExpenseCategory, Money> budgets)
    {
        GrantId = grantId;
        ProgrammeId = programmeId;
        _budgets = budgets;
    }

    public Guid GrantId { get; }

    public Guid ProgrammeId { get; }

    public IReadOnlyDictionary<ExpenseCategory, Money> Budgets => _budgets;

    public IReadOnlyList<ExpenseLine> Lines => _lines;

    public Money Accepted => Money.Sum(_lines.Where(l => l.IsAccepted).Select(l => l.Declaration.Amount));

    /// <summary>Budgets are caps for eligible categories, each at most the grant; categories without one are capped by the grant alone.</summary>
    public static ExpenseLedger Open(Grant grant, IReadOnlyDictionary<ExpenseCategory, Money>? budgets = null)
    {
        var violations = new FieldViolations();
        foreach (var (category, budget) in budgets ?? new Dictionary<ExpenseCategory, Money>())
        {
            var field = $"budgets[{category}]";
            violations.KnownEnum(field, category).PositiveAmount(field, budget);
            if (!category.IsEligible())
            {
                violations.Add(field, $"La catégorie « {category.InFrench()} » n'est pas éligible.");
            }
            else if (budget > grant.Amount)
            {
                violations.Add(field, $"Le budget dépasse la dotation ({grant.Amount.ToFrench()}).");
            }
        }
        violations.ThrowIfAny();
        return new(grant.Id, grant.ProgrammeId, new Dictionary<ExpenseCategory, Money>(budgets ?? new Dictionary<ExpenseCategory, Money>()));
    }

    /// <summary>
    /// Decides one declaration: accepted, or recorded as rejected with every reason. Malformed input
    /// throws instead (nothing recorded, no event).
    /// </summary>
    public FundingEvent Declare(Grant grant, ExpenseDeclaration declaration, ChangeContext change)
    {
        RequireOwnGrant(grant);
        change.RequireProgramme(ProgrammeId);
        declaration.Validate(DateOnly.FromDateTime(ParisTime.ToParis(change.Now).DateTime));
        if (!grant.IsCommitted)
        {
            throw new PreconditionFailedException("GRANT_STATE", "grant", "Des dépenses ne peuvent être déclarées que sur une dotation engagée.");
        }
        var rejections = Rejections(grant, declaration);
        var line = new ExpenseLine(Guid.CreateVersion7(change.Now), declaration, change.Now, change.Actor, rejections);
        _lines.Add(line);
        var header = change.NextHeader(ProgrammeId);
        return line.IsAccepted
            ? new ExpenseAccepted(header, GrantId, line.Id, declaration.Category, declaration.Amount)
            : new ExpenseRejected(header, GrantId, line.Id, declaration.Category, declaration.Amount, rejections.Select(r => r.Description).ToList());
    }

    public IReadOnlyList<CategoryTotal> Totals() => _lines.Where(l => l.IsAccepted)
        .Select(l => l.Declaration.Category)
        .Concat(_budgets.Keys)
        .Distinct()
        .Order()
        .Select(c => new CategoryTotal(c, AcceptedIn(c), _budgets.TryGetValue(c, out var b) ? b : null))
        .ToList();

    public Money AcceptedIn(ExpenseCategory category) =>
        Money.Sum(_lines.Where(l => l.IsAccepted && l.Declaration.Category == category).Select(l => l.Declaration.Amount));

    private List<FieldViolation> Rejections(Grant grant, ExpenseDeclaration expense)
    {
        var reasons = new FieldViolations();
        if (!expense.Category.IsEligible())
        {
            reasons.Add("category", $"La catégorie « {expense.Category.InFrench()} » n'est pas une dépense éligible.");
        }
        if (!EuropeanCountries.Contains(expense.ProviderCountry))
        {
            reasons.Add("provider_country", $"Le prestataire doit être établi en Europe (UE, EEE, Suisse ou Royaume-Uni) ; pays déclaré : {expense.ProviderCountry}.");
        }
        // Room is computed by subtraction from bounded totals, so a huge amount is refused, never overflows.
        var grantRoom = grant.Amount - Accepted;
        if (expense.Amount > grantRoom)
        {
            reasons.Add("amount", $"La dépense dépasse le reste de la dotation ({grantRoom.ToFrench()}).");
        }
        if (_budgets.TryGetValue(expense.Category, out var budget) && expense.Amount > budget - AcceptedIn(expense.Category))
        {
            reasons.Add("amount", $"La dépense dépasse le reste du budget « {expense.Category.InFrench()} » ({(budget - AcceptedIn(expense.Category)).ToFrench()}).");
        }
        if (IsDuplicate(expense))
        {
            reasons.Add("invoice_reference", "Cette facture de ce prestataire a déjà été acceptée.");
        }
        return [.. reasons.Items];
    }

    private bool IsDuplicate(ExpenseDeclaration expense) => _lines.Any(l => l.IsAccepted
        && string.Equals(l.Declaration.InvoiceReference.Trim(), expense.InvoiceReference.Trim(), StringComparison.OrdinalIgnoreCase)
        && string.Equals(l.Declaration.Provider.Trim(), expense.Provider.Trim(), StringComparison.OrdinalIgnoreCase));

    private void RequireOwnGrant(Grant grant)
    {
        if (grant.Id != GrantId)
        {
            throw new NotFoundException("Dotation", grant.Id.ToString());
        }
    }
}
