using Defis.Contracts.Funding.V1;
using Defis.Funding.Domain;
using Defis.SharedKernel.Errors;
using DomainCategory = Defis.Funding.Domain.ExpenseCategory;
using DomainTerm = Defis.Funding.Domain.TrancheTerm;
using DomainTrigger = Defis.Funding.Domain.TrancheTrigger;

namespace Defis.Funding.Grpc;

/// <summary>Field-level checks of the requests; every bad field is reported at once, under its proto path.</summary>
internal static class FundingRequests
{
    public const int MaxLinesPerDeclaration = 100;
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    public sealed record Commitment(Guid GrantId, Money? Amount, string Reason, IReadOnlyList<DomainTerm> Schedule,
        IReadOnlyDictionary<DomainCategory, Money> Budgets, IReadOnlyDictionary<DomainCategory, int> BudgetIndexes);

    public static Commitment Read(CommitGrantRequest request)
    {
        var errors = new FieldViolations();
        var id = errors.Id("grant_id", request.GrantId);
        Money? amount = request.HasAmountCents ? new Money(request.AmountCents) : null;
        if (amount is { } newAmount)
        {
            errors.PositiveAmount("amount_cents", newAmount).RequiredText("reason", request.Reason, Domain.Grant.ReasonMaxLength);
        }
        var schedule = request.Schedule.Count == 0
            ? DomainTerm.AllAtCommitment
            : request.Schedule.Select(t => new DomainTerm(t.ShareBasisPoints, (DomainTrigger)(int)t.Trigger,
                string.IsNullOrWhiteSpace(t.Milestone) ? null : t.Milestone)).ToList();
        errors.Collect(() => DomainTerm.Validate(schedule), f => ProtoFields.Of(f));
        var (budgets, indexes) = Budgets(errors, request.CategoryBudgets);
        errors.ThrowIfAny();
        return new(id, amount, request.Reason, schedule, budgets, indexes);
    }

    public static (Guid GrantId, Money Amount, string Reason) Read(AdjustGrantRequest request)
    {
        var errors = new FieldViolations();
        var id = errors.Id("grant_id", request.GrantId);
        errors.PositiveAmount("amount_cents", new Money(request.AmountCents)).RequiredText("reason", request.Reason, Domain.Grant.ReasonMaxLength);
        errors.ThrowIfAny();
        return (id, new Money(request.AmountCents), request.Reason);
    }

    public static (Guid GrantId, string Reason) Read(CancelGrantRequest request)
    {
        var errors = new FieldViolations();
        var id = errors.Id("grant_id", request.GrantId);
        errors.RequiredText("reason", request.Reason, Domain.Grant.ReasonMaxLength);
        errors.ThrowIfAny();
        return (id, request.Reason);
    }

    public static (Guid GrantId, int Number) Read(ReleaseTrancheRequest request)
    {
        var errors = new FieldViolations();
        var id = errors.Id("grant_id", request.GrantId);
        if (request.TrancheNumber is < 1 or > DomainTerm.MaxTranches)
        {
            errors.Add("tranche_number", $"Numéro de tranche invalide : de 1 à {DomainTerm.MaxTranches}.");
        }
        errors.ThrowIfAny();
        return (id, request.TrancheNumber);
    }

    public static (Guid ProgrammeId, long After, int PageSize) Read(ListFundingEventsRequest request)
    {
        var errors = new FieldViolations();
        var id = errors.Id("programme_id", request.ProgrammeId);
        if (request.AfterSequence < 0)
        {
            errors.Add("after_sequence", "Le numéro de séquence ne peut pas être négatif.");
        }
        if (request.PageSize is < 0 or > MaxPageSize)
        {
            errors.Add("page_size", $"La taille de page doit être comprise entre 1 et {MaxPageSize}.");
        }
        errors.ThrowIfAny();
        return (id, request.AfterSequence, request.PageSize == 0 ? DefaultPageSize : request.PageSize);
    }

    /// <summary>The dossier the laureate narrows their grants to, if any: empty is none, anything else must be a UUID.</summary>
    public static Guid? Read(ListMyGrantsRequest request)
    {
        if (string.IsNullOrWhiteSpace(request.DossierId))
        {
            return null;
        }
        return FieldViolations.RequiredId("dossier_id", request.DossierId);
    }

    /// <summary>Every line is checked as the domain checks a declaration, with today's date in Paris; errors name lines[i].field.</summary>
    public static (Guid GrantId, IReadOnlyList<ExpenseDeclaration> Lines) Read(DeclareExpensesRequest request, DateOnly today)
    {
        var errors = new FieldViolations();
        var id = errors.Id("grant_id", request.GrantId);
        if (request.Lines.Count is 0 or > MaxLinesPerDeclaration)
        {
            errors.Add("lines", $"Une déclaration compte de 1 à {MaxLinesPerDeclaration} lignes.");
        }
        var lines = new List<ExpenseDeclaration>();
        for (var i = 0; i < request.Lines.Count; i++)
        {
            var prefix = $"lines[{i}].";
            var line = request.Lines[i];
            var date = errors.Day(prefix + "date", line.Date);
            var declaration = new ExpenseDeclaration((DomainCategory)(int)line.Category, new Money(line.AmountCents), line.Provider,
                line.ProviderCountry, date ?? today, line.InvoiceReference);
            errors.Collect(() => declaration.Validate(today), f => ProtoFields.Of(f, prefix));
            lines.Add(declaration);
        }
        errors.ThrowIfAny();
        return (id, lines);
    }

    private static (Dictionary<DomainCategory, Money>, Dictionary<DomainCategory, int>) Budgets(FieldViolations errors,
        IReadOnlyList<CategoryBudget> requested)
    {
        var budgets = new Dictionary<DomainCategory, Money>();
        var indexes = new Dictionary<DomainCategory, int>();
        for (var i = 0; i < requested.Count; i++)
        {
            var field = $"category_budgets[{i}]";
            var category = (DomainCategory)(int)requested[i].Category;
            errors.KnownEnum(field + ".category", requested[i].Category).PositiveAmount(field + ".budget_cents", new Money(requested[i].BudgetCents));
            if (!indexes.TryAdd(category, i))
            {
                errors.Add(field + ".category", "Cette catégorie a déjà un budget dans la requête.");
            }
            budgets[category] = new Money(requested[i].BudgetCents);
        }
        return (budgets, indexes);
    }

    private static DateOnly? Day(this FieldViolations errors, string field, Google.Type.Date? value)
    {
        if (value is null)
        {
            errors.Add(field, "Ce champ est obligatoire.");
            return null;
        }
        if (value.Year is < 1 or > 9999 || value.Month is < 1 or > 12 || value.Day < 1 || value.Day > DateTime.DaysInMonth(value.Year, value.Month))
        {
            errors.Add(field, "Date invalide (année, mois et jour attendus).");
            return null;
        }
        return new DateOnly(value.Year, value.Month, value.Day);
    }
}
