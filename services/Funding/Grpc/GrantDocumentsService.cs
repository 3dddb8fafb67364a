using Defis.Contracts.Funding.V1;
using Defis.Funding.Documents;
using Defis.Funding.Persistence;
using Defis.Funding.Domain;
using Defis.ServiceDefaults.Security;
using Defis.ServiceInfrastructure.Documents;
using Defis.SharedKernel.Errors;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Grpc;

/// <summary>
/// The notification of a committed grant as a PDF, for the dossier's lead (the grant's laureate) and finance officers;
/// rendered when asked from the grant as it stands (an adjusted grant shows its new amount and schedule).
/// </summary>
[Authorize(Roles = Readers)]
public sealed class GrantDocumentsService(FundingDbContext db, TimeProvider time) : GrantDocuments.GrantDocumentsBase
{
    private const string Readers = $"{Roles.FinanceOfficer},{Roles.Applicant}";

    [Authorize(Roles = Readers)]
    public override async Task<HttpBody> GetGrantNotification(GetGrantNotificationRequest request, ServerCallContext context)
    {
        var grantId = FieldViolations.RequiredId("grant_id", request.GrantId);
        var caller = await db.ResolveAsync(context);
        var found = await db.Grants.AsNoTracking().SingleOrDefaultAsync(g => g.Id == grantId, context.CancellationToken);
        var grant = FundingAccess.RequireVisibleGrant(caller, grantId, found);
        if (!grant.IsCommitted || grant.CommittedAt is null)
        {
            throw new PreconditionFailedException("NOT_COMMITTED", "grant_id",
                "Aucune notification pour l'instant : la subvention n'est pas engagée (proposée ou annulée).");
        }
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.DossierId == grant.DossierId, context.CancellationToken);
        var code = await db.ProgrammeRules.AsNoTracking().Where(r => r.ProgrammeId == grant.ProgrammeId).Select(r => r.Code)
            .SingleOrDefaultAsync(context.CancellationToken) ?? "";
        var (reference, beneficiary) = ScdlGrants.Named(grant, dossier);
        var notification = GrantNotifications.Of(grant, reference, dossier?.Title ?? "", beneficiary, code, time.GetUtcNow());
        return new HttpBody { ContentType = "application/pdf", Data = ByteString.CopyFrom(GrantNotificationPdf.Render(notification)) };
    }
}
