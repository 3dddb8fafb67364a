using Defis.Correspondence.Domain.Access;
using Defis.Correspondence.Domain.Annotations;
using Defis.Correspondence.Persistence;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Contract = Defis.Contracts.Correspondence.V1;

namespace Defis.Correspondence.Grpc;

/// <summary>
/// Staff's private notes on a dossier. Any signed-in caller reaches the methods, so that the team and jurors get the
/// same NOT_FOUND as for a dossier that does not exist, never a PERMISSION_DENIED that would say it does.
/// </summary>
[Authorize]
public sealed class AnnotationsService(CorrespondenceDbContext db, TimeProvider time) : Contract.Annotations.AnnotationsBase
{
    [Authorize]
    public override async Task<Contract.Annotation> AddAnnotation(Contract.AddAnnotationRequest request, ServerCallContext context)
    {
        var caller = context.DomainCaller();
        var errors = new FieldViolations();
        var dossierId = errors.Id("dossier_id", request.DossierId);
        errors.RequiredText("body", request.Body, Annotation.MaxBodyLength);
        errors.ThrowIfAny();
        await RequireStaffAsync(caller, dossierId, context.CancellationToken);
        var annotation = await db.InTransactionAsync(async () =>
        {
            // As for messages: a note written while the dossier is being purged waits for the purge, then is refused.
            await db.RequireNotPurgedAsync(dossierId, context.CancellationToken);
            var annotation = Annotation.Write(Guid.CreateVersion7(), dossierId, caller.UserId, request.Body, time.GetUtcNow());
            db.Annotations.Add(annotation);
            return annotation;
        }, context.CancellationToken);
        return annotation.ToContract();
    }

    [Authorize]
    public override async Task<Contract.ListAnnotationsResponse> ListAnnotations(Contract.ListAnnotationsRequest request, ServerCallContext context)
    {
        var caller = context.DomainCaller();
        var dossierId = FieldViolations.RequiredId("dossier_id", request.DossierId);
        await RequireStaffAsync(caller, dossierId, context.CancellationToken);
        var annotations = await db.Annotations.AsNoTracking().Where(a => a.DossierId == dossierId)
            .OrderBy(a => a.WrittenAt).ThenBy(a => a.Id).ToListAsync(context.CancellationToken);
        return new Contract.ListAnnotationsResponse { Annotations = { annotations.Select(a => a.ToContract()) } };
    }

    private async Task RequireStaffAsync(Caller caller, Guid dossierId, CancellationToken cancellationToken)
    {
        CorrespondenceAccess.RequireStaff(caller, dossierId, await db.TeamAsync(dossierId, cancellationToken));
    }
}
