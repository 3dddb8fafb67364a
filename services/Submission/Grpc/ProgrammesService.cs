using Defis.Submission.Outgoing;
using Defis.Contracts.Submission.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Defis.Submission.Persistence;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ProgrammeContract = Defis.Contracts.Submission.V1.Programme;

namespace Defis.Submission.Grpc;

public sealed class ProgrammesService(SubmissionDbContext db, TimeProvider time) : Programmes.ProgrammesBase
{
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ProgrammeContract> CreateProgramme(CreateProgrammeRequest request, ServerCallContext context)
    {
        var caller = Caller.From(context);
        var terms = ProgrammeTermsRequest.Read(request.Terms);
        // The unique index would also refuse it, but as a fault instead of a clear answer.
        if (await db.Programmes.AnyAsync(p => p.Code == terms.Code, context.CancellationToken))
        {
            throw new ConflictException($"Un appel de code {terms.Code} existe déjà.", alreadyExists: true);
        }
        var now = time.GetUtcNow();
        var programme = Domain.Programme.Draft(terms, caller.UserId, now);
        db.Programmes.Add(programme);
        await db.SaveChangesAsync(context.CancellationToken);
        return programme.ToContract(now);
    }

    /// <summary>
    /// Under the programme's row lock, so that it cannot race a change of the draft: what ProgrammePublished announces is
    /// what was published, and a draft deleted meanwhile is not found.
    /// </summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override Task<ProgrammeContract> PublishProgramme(PublishProgrammeRequest request, ServerCallContext context) =>
        ChangeLockedAsync(request.Code, context, (programme, now) =>
        {
            programme.Publish(now);
            db.AddIntegrationEvent(programme.ToPublishedEvent(now));
        });

    /// <summary>
    /// Under the programme's row lock, so that it cannot race the call's publication. No event: nothing outside
    /// Submission knows a call before ProgrammePublished. Bad terms are refused before the call is looked up, whatever its state.
    /// </summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override Task<ProgrammeContract> UpdateDraftProgramme(UpdateDraftProgrammeRequest request, ServerCallContext context)
    {
        var terms = ProgrammeTermsRequest.Read(request.Terms);
        return ChangeLockedAsync(request.Code, context, (programme, _) => programme.Revise(terms));
    }

    /// <summary>Under the programme's row lock, so that a draft being published is not deleted; no event, as for any draft.</summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<DeleteDraftProgrammeResponse> DeleteDraftProgramme(DeleteDraftProgrammeRequest request, ServerCallContext context)
    {
        await ChangeLockedAsync(request.Code, context, (programme, _) =>
        {
            programme.EnsureDeletable();
            db.Programmes.Remove(programme);
        });
        return new DeleteDraftProgrammeResponse();
    }

    /// <summary>
    /// Under the programme's row lock, so that it cannot race the clock: a call past its closing time that the
    /// clock has not recorded yet is closed here first, with its ProgrammeClosed; then ProgrammeArchived.
    /// </summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override Task<ProgrammeContract> ArchiveProgramme(ArchiveProgrammeRequest request, ServerCallContext context) =>
        ChangeLockedAsync(request.Code, context, (programme, now) =>
        {
            if (programme.Status == Domain.ProgrammeStatus.Published)
            {
                programme.Close(now);
                db.AddIntegrationEvent(programme.ToClosedEvent(now));
            }
            programme.Archive();
            db.AddIntegrationEvent(programme.ToArchivedEvent(now));
        });

    /// <summary>Under the programme's row lock, so that it cannot race the clock closing the call.</summary>
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override Task<ProgrammeContract> ChangeRetention(ChangeRetentionRequest request, ServerCallContext context) =>
        ChangeLockedAsync(request.Code, context, (programme, now) => programme.ChangeRetention(request.RetentionMonths, now));

    [Authorize]
    public override async Task<ProgrammeContract> GetProgramme(GetProgrammeRequest request, ServerCallContext context)
    {
        var staff = Caller.From(context).Is(Roles.ProgrammeStaff);
        var programme = await FindAsync(request.Code, staff, tracked: false, context.CancellationToken);
        return programme.ToContract(time.GetUtcNow());
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ListDraftProgrammesResponse> ListDraftProgrammes(ListDraftProgrammesRequest request, ServerCallContext context)
    {
        var drafts = await db.Programmes.AsNoTracking()
            .Where(p => p.Status == Domain.ProgrammeStatus.Draft)
            .OrderByDescending(p => p.CreatedAt)
            .ToListAsync(context.CancellationToken);
        var now = time.GetUtcNow();
        return new ListDraftProgrammesResponse { Programmes = { drafts.Select(p => p.ToContract(now)) } };
    }

    [Authorize]
    public override async Task<ListPublishedProgrammesResponse> ListPublishedProgrammes(ListPublishedProgrammesRequest request, ServerCallContext context)
    {
        var programmes = await db.Programmes.AsNoTracking()
            .Where(p => p.Status == Domain.ProgrammeStatus.Published || p.Status == Domain.ProgrammeStatus.Closed)
            .OrderByDescending(p => p.ClosesAt)
            .ToListAsync(context.CancellationToken);
        var now = time.GetUtcNow();
        return new ListPublishedProgrammesResponse { Programmes = { programmes.Select(p => p.ToContract(now)) } };
    }

    /// <summary>One change of a call by staff, in one transaction under the call's row lock, saved with any event it queued.</summary>
    private async Task<ProgrammeContract> ChangeLockedAsync(string code, ServerCallContext context, Action<Domain.Programme, DateTimeOffset> change)
    {
        var cancellationToken = context.CancellationToken;
        return await db.InTransactionAsync(async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM programmes WHERE code = {code} FOR UPDATE", cancellationToken);
            var programme = await FindAsync(code, staff: true, tracked: true, cancellationToken);
            var now = time.GetUtcNow();
            change(programme, now);
            return programme.ToContract(now);
        }, cancellationToken);
    }

    /// <summary>A draft is staff's work in progress: to anyone else it does not exist yet.</summary>
    private async Task<Domain.Programme> FindAsync(string code, bool staff, bool tracked, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            new FieldViolations().Add("code", "Ce champ est obligatoire.").ThrowIfAny();
        }
        var query = tracked ? db.Programmes : db.Programmes.AsNoTracking();
        var programme = await query.SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (programme is null || (programme.Status == Domain.ProgrammeStatus.Draft && !staff))
        {
            throw new NotFoundException("Appel", code);
        }
        return programme;
    }
}
