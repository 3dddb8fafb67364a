using Defis.Funding.Domain;
using Defis.SharedKernel;

namespace Defis.Funding.PersonalData;

/// <summary>
/// Funding's part of a person's data (decision 0030): the grants of the dossiers they lead, as their team sees them,
/// and the expenses declared on them. Amounts in cents.
/// </summary>
public sealed record FundingPart(IReadOnlyList<TeamGrant> Grants);

public sealed record TeamGrant(Guid Id, Guid DossierId, string DossierReference, string DossierTitle, Phase Phase, long AmountCents,
    long SelfFinancingCents, GrantStatus Status, DateTimeOffset? CommittedAt, long ReleasedCents, IReadOnlyList<TrancheCopy> Tranches,
    IReadOnlyList<DeclaredExpense> Expenses)
{
    public static TeamGrant Of(Grant grant, FundedDossierTitle dossier, ExpenseLedger? ledger, string userId) => new(grant.Id, grant.DossierId,
        dossier.Reference, dossier.Title, grant.Phase, grant.Amount.Cents, grant.SelfFinancing.Cents, grant.Status, grant.CommittedAt,
        grant.Released.Cents,
        [.. grant.Tranches.Select(t => new TrancheCopy(t.Number, t.ShareBasisPoints, t.Trigger, t.Milestone, t.Amount.Cents, t.Status, t.ReleasedAt))],
        [.. (ledger?.Lines ?? []).Select(l => DeclaredExpense.Of(l, userId))]);
}

/// <summary>The dossier a grant funds, by what the team knows it by.</summary>
public sealed record FundedDossierTitle(Guid DossierId, string Reference, string Title);

public sealed record TrancheCopy(int Number, int ShareBasisPoints, TrancheTrigger Trigger, string? Milestone, long AmountCents, TrancheStatus Status,
    DateTimeOffset? ReleasedAt);

/// <summary>An expense declared on the grant; <paramref name="DeclaredByYou"/> tells the person's own.</summary>
public sealed record DeclaredExpense(Guid Id, ExpenseCategory Category, long AmountCents, string Provider, string ProviderCountry, DateOnly Date,
    string InvoiceReference, DateTimeOffset DeclaredAt, bool DeclaredByYou, IReadOnlyList<string> Rejections)
{
    public static DeclaredExpense Of(ExpenseLine line, string userId) => new(line.Id, line.Declaration.Category, line.Declaration.Amount.Cents,
        line.Declaration.Provider, line.Declaration.ProviderCountry, line.Declaration.Date, line.Declaration.InvoiceReference, line.DeclaredAt,
        line.DeclaredBy == userId, [.. line.Rejections.Select(r => r.Description)]);
}
