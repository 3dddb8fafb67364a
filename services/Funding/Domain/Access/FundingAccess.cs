using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

[Flags]
public enum FundingRoles
{
    None = 0,
    FinanceOfficer = 1,
    ProgrammeStaff = 2,
    MinistryPartner = 4,
    Laureate = 8,
}

/// <summary>
/// Who is calling, as the gateway's identity and the programme's records describe them:
/// <paramref name="PartnerOf"/> the programmes a ministry partners, <paramref name="OwnDossiers"/> the dossiers a laureate
/// leads (filed), <see cref="CoEditedDossiers"/> those whose lead invited them to co-edit.
/// </summary>
public sealed record FundingCaller(string UserId, FundingRoles Roles, IReadOnlySet<Guid> PartnerOf, IReadOnlySet<Guid> OwnDossiers)
{
    public IReadOnlySet<Guid> CoEditedDossiers { get; init; } = new HashSet<Guid>();

    public bool Is(FundingRoles role) => (Roles & role) == role;

    /// <summary>The dossiers whose grants the laureate's team follows: led or co-edited.</summary>
    public bool IsOnTeamOf(Guid dossierId) => OwnDossiers.Contains(dossierId) || CoEditedDossiers.Contains(dossierId);
}

/// <summary>
/// Access rules as pure functions. Reading that is refused answers "not found", so that a grant's
/// existence leaks to no one; acting on a visible grant without the right answers "permission denied".
/// </summary>
public static class FundingAccess
{
    /// <summary>Committing, adjusting, cancelling and releasing move money: finance officers only.</summary>
    public static bool CanMoveMoney(FundingCaller caller) => caller.Is(FundingRoles.FinanceOfficer);

    public static bool CanReadProgramme(FundingCaller caller, Guid programmeId) =>
        caller.Is(FundingRoles.FinanceOfficer) || caller.Is(FundingRoles.ProgrammeStaff)
        || (caller.Is(FundingRoles.MinistryPartner) && caller.PartnerOf.Contains(programmeId));

    /// <summary>The grant of a dossier the caller leads: its expenses are theirs to declare.</summary>
    public static bool IsOwnGrant(FundingCaller caller, Grant grant) =>
        caller.Is(FundingRoles.Laureate) && caller.OwnDossiers.Contains(grant.DossierId);

    /// <summary>The grant of a dossier the caller leads or co-edits: the whole team follows its money.</summary>
    public static bool IsTeamGrant(FundingCaller caller, Grant grant) =>
        caller.Is(FundingRoles.Laureate) && caller.IsOnTeamOf(grant.DossierId);

    /// <summary>
    /// The dossiers whose grants a laureate lists as their team's: those Funding recorded them filing or co-editing
    /// (decision 0007, never taken from the request), narrowed to <paramref name="only"/> when asked; someone else's
    /// dossier narrows to none.
    /// </summary>
    public static IReadOnlySet<Guid> TeamDossiersListed(FundingCaller caller, Guid? only) =>
        !caller.Is(FundingRoles.Laureate) ? new HashSet<Guid>()
        : only is not { } dossierId ? caller.OwnDossiers.Union(caller.CoEditedDossiers).ToHashSet()
        : caller.IsOnTeamOf(dossierId) ? new HashSet<Guid> { dossierId }
        : new HashSet<Guid>();

    /// <summary>A grant and its expenses: whoever reads its programme, and the team of the dossier it funds.</summary>
    public static bool CanReadGrant(FundingCaller caller, Grant grant) =>
        CanReadProgramme(caller, grant.ProgrammeId) || IsTeamGrant(caller, grant);

    public static bool CanDeclareExpense(FundingCaller caller, Grant grant) => IsOwnGrant(caller, grant) && grant.IsCommitted;

    /// <summary>The grant the caller asked for, or "not found" when it does not exist or is not theirs to see.</summary>
    public static Grant RequireVisibleGrant(FundingCaller caller, Guid grantId, Grant? grant) =>
        grant is not null && grant.Id == grantId && CanReadGrant(caller, grant)
            ? grant
            : throw new NotFoundException("Dotation", grantId.ToString());

    public static void RequireMoneyMover(FundingCaller caller)
    {
        if (!CanMoveMoney(caller))
        {
            throw new PermissionDeniedException("Seul un agent financier peut engager, modifier, annuler ou verser une dotation.");
        }
    }

    /// <summary>
    /// Someone else than the laureate is denied; the laureate of a grant not committed yet is told the grant's state
    /// (a precondition, 400), not that they lack the right: they will have it once the grant is committed.
    /// </summary>
    public static void RequireExpenseDeclarer(FundingCaller caller, Grant grant)
    {
        if (!IsOwnGrant(caller, grant))
        {
            // A co-editor reads the grant with the team; its lead answers for its expenses.
            throw new PermissionDeniedException("Seul le porteur du dossier lauréat peut déclarer des dépenses sur sa dotation.");
        }
        if (!grant.IsCommitted)
        {
            throw new PreconditionFailedException("GRANT_STATE", "grant", "Des dépenses ne peuvent être déclarées que sur une dotation engagée.");
        }
    }
}
