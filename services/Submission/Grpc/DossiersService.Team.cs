using Defis.ServiceDefaults.Errors;
using Defis.Submission.Outgoing;
using Defis.Contracts.Submission.V1;
using Defis.SharedKernel.Errors;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Domain;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using DossierContract = Defis.Contracts.Submission.V1.Dossier;

namespace Defis.Submission.Grpc;

/// <summary>The team invites co-editors; programme staff review and send dossiers back for correction.</summary>
public sealed partial class DossiersService
{
    [Authorize(Roles = Roles.Applicant)]
    public override async Task<DossierContract> InviteCoEditor(InviteCoEditorRequest request, ServerCallContext context)
    {
        var id = DossierId(request.DossierId);
        new FieldViolations().Email("email", request.Email).ThrowIfAny();
        return await ChangeAsync(id, request.DossierId, context, async (dossier, actor, now) =>
            dossier.InviteCoEditor(actor, request.Email, await ProgrammeOfAsync(dossier, context.CancellationToken), now));
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override Task<DossierContract> StartReview(StartReviewRequest request, ServerCallContext context) =>
        ChangeAsync(DossierId(request.DossierId), request.DossierId, context, (dossier, actor, now) =>
        {
            dossier.StartReview(actor, now);
            return Task.CompletedTask;
        });

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override Task<DossierContract> ReturnForCorrection(ReturnForCorrectionRequest request, ServerCallContext context)
    {
        var id = DossierId(request.DossierId);
        var errors = new FieldViolations();
        DateTimeOffset? deadline = request.CorrectionDeadline is null ? null : errors.Instant("correction_deadline", request.CorrectionDeadline);
        errors.ThrowIfAny();
        return ChangeAsync(id, request.DossierId, context, (dossier, actor, now) =>
        {
            dossier.ReturnForCorrection(actor, request.Reasons, deadline, now);
            db.AddIntegrationEvent(dossier.ToReturnedForCorrectionEvent(deadline, now));
            return Task.CompletedTask;
        });
    }

    /// <summary>One change of one dossier under its row lock, saved with any event it queued.</summary>
    private async Task<DossierContract> ChangeAsync(Guid id, string requestedId, ServerCallContext context,
        Func<Domain.Dossier, Actor, DateTimeOffset, Task> change)
    {
        var actor = ActorOf(context);
        var cancellationToken = context.CancellationToken;
        return await db.InTransactionAsync(async () =>
        {
            var dossier = await LockedAsync(id, actor, requestedId, cancellationToken);
            await change(dossier, actor, time.GetUtcNow());
            return dossier.ToContract();
        }, cancellationToken);
    }
}
