using Defis.SharedKernel.Errors;
using Defis.Contracts.Events;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Persistence;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DossierContract = Defis.Contracts.Submission.V1.Dossier;

namespace Defis.Submission.Grpc;

public sealed class DossiersService(SubmissionDbContext db, TimeProvider time) : Dossiers.DossiersBase
{
    [Authorize(Roles = Roles.Applicant)]
    public override async Task<DossierContract> CreateDossier(CreateDossierRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var leadStructureType = CreateDossierRequestCheck.Validate(request);
        var now = time.GetUtcNow();
        var dossier = Domain.Dossier.StartDraft(request.ProgrammeCode, request.Title, request.LeadStructureName, leadStructureType,
            request.ContactEmail, caller.UserId, now);
        db.Dossiers.Add(dossier);
        db.AddIntegrationEvent(new DossierDraftCreated(dossier.Id, dossier.ProgrammeCode, dossier.Title, dossier.LeadStructureName,
            dossier.CreatedBy, dossier.ContactEmail) { OccurredAt = now });
        await db.SaveChangesAsync(context.CancellationToken);
        return dossier.ToContract();
    }

    [Authorize(Roles = $"{Roles.Applicant},{Roles.ProgrammeStaff}")]
    public override async Task<DossierContract> GetDossier(GetDossierRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var id = errors.Id("dossier_id", request.DossierId);
        errors.ThrowIfAny();
        var caller = Caller.From(context);
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, context.CancellationToken);
        if (dossier is null || !dossier.IsVisibleTo(caller.UserId, caller.Is(Roles.ProgrammeStaff)))
        {
            throw new NotFoundException("Dossier", request.DossierId);
        }
        return dossier.ToContract();
    }
}
