using Defis.Submission.Outgoing;
using Defis.SharedKernel.Errors;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.Submission.Domain;
using Defis.Submission.Documents;
using Defis.Submission.Persistence;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DossierContract = Defis.Contracts.Submission.V1.Dossier;

namespace Defis.Submission.Grpc;

public sealed partial class DossiersService(SubmissionDbContext db, TimeProvider time) : Dossiers.DossiersBase
{
    /// <summary>A draft is started only for a call open to filing, so that no team writes for a call it cannot file to.</summary>
    [Authorize(Roles = Roles.Applicant)]
    public override async Task<DossierContract> CreateDossier(CreateDossierRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var leadStructureType = CreateDossierRequestCheck.Validate(request);
        var now = time.GetUtcNow();
        var programme = await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == request.ProgrammeCode, context.CancellationToken);
        if (programme is null || programme.Status == Domain.ProgrammeStatus.Draft)
        {
            throw new PreconditionFailedException("PROGRAMME_UNKNOWN", request.ProgrammeCode, $"Aucun appel publié ne porte le code {request.ProgrammeCode}.");
        }
        programme.EnsureOpen(now);
        var dossier = Domain.Dossier.StartDraft(request.ProgrammeCode, request.Title, request.LeadStructureName, leadStructureType,
            request.ContactEmail, caller.UserId, now);
        db.Dossiers.Add(dossier);
        db.AddIntegrationEvent(dossier.ToDraftCreatedEvent(now));
        await db.SaveChangesAsync(context.CancellationToken);
        return dossier.ToContract();
    }

    /// <summary>Also for the jurors the Jury service assigned to the dossier (never a conflicted one), while the assignment lasts.</summary>
    [Authorize(Roles = $"{Roles.Applicant},{Roles.ProgrammeStaff},{Roles.Juror},{Roles.PanelPresident}")]
    public override async Task<DossierContract> GetDossier(GetDossierRequest request, ServerCallContext context)
    {
        var id = DossierId(request.DossierId);
        var dossier = await db.Dossiers.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, context.CancellationToken);
        return (await ReadableOrNotFoundAsync(dossier, context, request.DossierId)).ToContract();
    }

    /// <summary>Locked like a submission, so that an edit racing it cannot change a dossier already filed.</summary>
    [Authorize(Roles = Roles.Applicant)]
    public override Task<DossierContract> UpdateDossier(UpdateDossierRequest request, ServerCallContext context)
    {
        var id = DossierId(request.DossierId);
        var content = DossierContentRequest.Read(request.Content);
        int? expectedVersion = request.HasExpectedVersion ? request.ExpectedVersion : null;
        return ChangeAsync(id, request.DossierId, context, async (dossier, actor, now) =>
        {
            dossier.EnsureVersion(expectedVersion);
            dossier.Edit(actor, content, await ProgrammeOfAsync(dossier, context.CancellationToken), now);
        });
    }

    /// <summary>
    /// One transaction: the dossier's row lock keeps a double click from filing it twice, the counter's
    /// row lock orders concurrent filings, and a refusal or failure gives the rank back.
    /// </summary>
    [Authorize(Roles = Roles.Applicant)]
    public override Task<DossierContract> SubmitDossier(SubmitDossierRequest request, ServerCallContext context) =>
        ChangeAsync(DossierId(request.DossierId), request.DossierId, context, async (dossier, actor, now) =>
        {
            var cancellationToken = context.CancellationToken;
            var programme = await ProgrammeOfAsync(dossier, cancellationToken);
            dossier.EnsureSubmittable(actor, programme, now);
            var firstSubmission = dossier.NeedsReference;
            var reference = firstSubmission ? DossierReference.Format(programme.Code, await db.NextRankAsync(programme.Code, cancellationToken)) : null;
            dossier.Submit(actor, programme, now, reference);
            var digest = FiledContent.Sha256(dossier.Content.ToContract());
            db.AddIntegrationEvent(firstSubmission ? dossier.ToSubmittedEvent(programme.Id, now, digest) : dossier.ToResubmittedEvent(actor.UserId, now, digest));
        });

    [Authorize(Roles = Roles.Applicant)]
    public override Task<DossierContract> WithdrawDossier(WithdrawDossierRequest request, ServerCallContext context)
    {
        var id = DossierId(request.DossierId);
        new FieldViolations().OptionalText("reason", request.Reason, DossierLimits.Reason).ThrowIfAny();
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        return ChangeAsync(id, request.DossierId, context, (dossier, actor, now) =>
        {
            dossier.Withdraw(actor, reason, now);
            db.AddIntegrationEvent(dossier.ToWithdrawnEvent(reason, actor.UserId, now));
            return Task.CompletedTask;
        });
    }

    private static Guid DossierId(string value) => FieldViolations.RequiredId("dossier_id", value);

    private static Actor ActorOf(ServerCallContext context)
    {
        var caller = Caller.From(context);
        return new Actor(caller.UserId, caller.Email, caller.Is(Roles.ProgrammeStaff));
    }

    private async Task<Domain.Dossier> ReadableOrNotFoundAsync(Domain.Dossier? dossier, ServerCallContext context, string requestedId)
    {
        var caller = Caller.From(context);
        var actor = ActorOf(context);
        if (dossier is not null && !dossier.IsVisibleTo(actor) && (caller.Is(Roles.Juror) || caller.Is(Roles.PanelPresident)) &&
            await db.DossierReaders.AnyAsync(r => r.DossierId == dossier.Id && r.JurorUserId == caller.UserId && r.EndedAt == null, context.CancellationToken))
        {
            return dossier;
        }
        return VisibleOrNotFound(dossier, actor, requestedId);
    }

    /// <summary>Missing and not yours read the same (docs/decisions/0004).</summary>
    private static Domain.Dossier VisibleOrNotFound(Domain.Dossier? dossier, Actor actor, string requestedId) =>
        dossier is not null && dossier.IsVisibleTo(actor) ? dossier : throw new NotFoundException("Dossier", requestedId);

    /// <summary>Reads the dossier under a row lock held until the caller's transaction ends, so that it reads the last committed state.</summary>
    private async Task<Domain.Dossier> LockedAsync(Guid id, Actor actor, string requestedId, CancellationToken cancellationToken)
    {
        // Locked and read in one round trip: every change of a dossier starts here, and every round trip under a lock
        // is time the next writer waits.
        var dossier = await db.Dossiers.FromSql($"SELECT * FROM dossiers WHERE id = {id} FOR UPDATE").SingleOrDefaultAsync(cancellationToken);
        return VisibleOrNotFound(dossier, actor, requestedId);
    }

    private async Task<Domain.Programme> ProgrammeOfAsync(Domain.Dossier dossier, CancellationToken cancellationToken) =>
        await db.Programmes.AsNoTracking().SingleOrDefaultAsync(p => p.Code == dossier.ProgrammeCode, cancellationToken)
        ?? throw new PreconditionFailedException("PROGRAMME_UNKNOWN", dossier.ProgrammeCode,
            $"L'appel {dossier.ProgrammeCode} n'existe pas : le dossier ne peut être ni modifié ni déposé.");
}
