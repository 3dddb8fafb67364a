using Defis.Contracts.Funding.V1;
using Defis.Funding.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Funding.Grpc;

public sealed partial class FundingService
{
    private const int PartnerIdMaxLength = 200;

    /// <summary>Programme staff record which ministry partners follow a programme; a partner reads only those programmes.</summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ProgrammePartners> AddProgrammePartner(AddProgrammePartnerRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var programmeId = errors.Id("programme_id", request.ProgrammeId);
        errors.RequiredText("partner_id", request.PartnerId, PartnerIdMaxLength).ThrowIfAny();
        var cancellationToken = context.CancellationToken;
        if (!await db.ProgrammeRules.AnyAsync(r => r.ProgrammeId == programmeId, cancellationToken))
        {
            throw new NotFoundException("Programme", request.ProgrammeId);
        }
        var partnerId = request.PartnerId.Trim();
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO programme_partners (programme_id, partner_id) VALUES ({programmeId}, {partnerId}) ON CONFLICT DO NOTHING", cancellationToken);
        var partners = await db.ProgrammePartners.AsNoTracking().Where(p => p.ProgrammeId == programmeId).OrderBy(p => p.PartnerId)
            .Select(p => p.PartnerId).ToListAsync(cancellationToken);
        return new ProgrammePartners { ProgrammeId = programmeId.ToString(), PartnerIds = { partners } };
    }
}
