using Defis.Funding.Domain;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Teams;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Grpc;

/// <summary>
/// The caller as the Funding rules see it: roles from the token, and from our own records the programmes a
/// ministry partners, the dossiers an applicant filed and those it co-edits (decision 0007: ownership is never taken from
/// the caller).
/// </summary>
internal static class FundingCallers
{
    public static async Task<FundingCaller> ResolveAsync(this FundingDbContext db, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var roles = RolesOf(caller);
        var partnerOf = roles.HasFlag(FundingRoles.MinistryPartner)
            ? (await db.ProgrammePartners.AsNoTracking().Where(p => p.PartnerId == caller.UserId).Select(p => p.ProgrammeId)
                .ToListAsync(context.CancellationToken)).ToHashSet()
            : [];
        var ownDossiers = roles.HasFlag(FundingRoles.Laureate)
            ? (await db.Dossiers.AsNoTracking().Where(d => d.OwnerId == caller.UserId).Select(d => d.DossierId)
                .ToListAsync(context.CancellationToken)).ToHashSet()
            : [];
        return new FundingCaller(caller.UserId, roles, partnerOf, ownDossiers)
        {
            CoEditedDossiers = await CoEditedAsync(db, roles, caller.Email, context.CancellationToken),
        };
    }

    /// <summary>The dossiers whose filings named the caller's e-mail (the token's, never the request's) among the co-editors.</summary>
    private static async Task<IReadOnlySet<Guid>> CoEditedAsync(FundingDbContext db, FundingRoles roles, string? email, CancellationToken cancellationToken)
    {
        if (!roles.HasFlag(FundingRoles.Laureate) || string.IsNullOrWhiteSpace(email))
        {
            return new HashSet<Guid>();
        }
        var address = EmailAddress.Normalised(email);
        return (await db.Teams.AsNoTracking().Where(t => t.CoEditorEmails.Contains(address)).Select(t => t.DossierId)
            .ToListAsync(cancellationToken)).ToHashSet();
    }

    private static FundingRoles RolesOf(Caller caller)
    {
        var roles = FundingRoles.None;
        roles |= caller.Is(Roles.FinanceOfficer) ? FundingRoles.FinanceOfficer : FundingRoles.None;
        roles |= caller.Is(Roles.ProgrammeStaff) ? FundingRoles.ProgrammeStaff : FundingRoles.None;
        roles |= caller.Is(Roles.MinistryPartner) ? FundingRoles.MinistryPartner : FundingRoles.None;
        // An applicant is a laureate for the grants of the dossiers it filed.
        roles |= caller.Is(Roles.Applicant) ? FundingRoles.Laureate : FundingRoles.None;
        return roles;
    }
}
