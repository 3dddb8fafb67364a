using Defis.Contracts.Jury.V1;
using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using BookContract = Defis.Contracts.Jury.V1.AssignmentBook;

namespace Defis.Jury.Grpc;

/// <summary>
/// Every change runs in one transaction that holds the conflict register (shared) then the book
/// (exclusive): concurrent plans queue, so the per-juror maximum and the no-conflict rule hold.
/// </summary>
// Each method narrows these roles (attributes combine); ownership is checked on the resource.
[Authorize(Roles = $"{Roles.ProgrammeStaff},{Roles.PanelPresident},{Roles.Juror}")]
public sealed class AssignmentsService(JuryDbContext db, TimeProvider time) : Assignments.AssignmentsBase
{
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<BookContract> ConfigureAssignments(ConfigureAssignmentsRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        var cancellationToken = context.CancellationToken;
        var panel = await db.PanelAsync(id, cancellationToken);
        var book = PanelAssignments.Open(panel, new AssignmentPolicy(request.ReviewersPerDossier, request.MaxPerJuror), context.Actor(), time.GetUtcNow());
        var duplicate = "Les règles d'affectation de ce jury sont déjà définies.";
        if (await db.AssignmentBooks.AnyAsync(b => b.PanelId == panel.Id, cancellationToken))
        {
            throw new ConflictException(duplicate, alreadyExists: true);
        }
        db.AssignmentBooks.Add(book);
        await db.SaveUniqueAsync(duplicate, cancellationToken);
        return book.ToContract();
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<AssignBatchResponse> AssignBatch(AssignBatchRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        var cancellationToken = context.CancellationToken;
        var panel = await db.PanelAsync(id, cancellationToken);
        var now = time.GetUtcNow();
        var (book, plan) = await db.InTransactionAsync(async () =>
        {
            var register = await db.LockedRegisterAsync(panel.ProgrammeCode, exclusive: false, now, cancellationToken);
            var book = await db.RequiredLockedBookAsync(panel, exclusive: true, cancellationToken);
            var dossiers = (await db.ActiveDossiersAsync(panel.ProgrammeCode, cancellationToken)).Select(d => d.ToProfile()).ToArray();
            var plan = book.Plan(panel, dossiers, register);
            book.Apply(plan, context.Actor(), now, request.AcceptShortfalls);
            return (book, plan);
        }, cancellationToken);
        var created = plan.Assignments.Select(p => book.Active.Single(a => a.DossierId == p.DossierId && a.JurorUserId == p.JurorUserId));
        return new AssignBatchResponse
        {
            Created = { created.Select(a => a.ToContract(book)) },
            Shortfalls = { plan.Shortfalls.Select(s => s.ToContract()) },
            Book = book.ToContract(),
        };
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<BookContract> AssignReviewer(AssignReviewerRequest request, ServerCallContext context)
    {
        var (panelId, dossierId) = RequestValues.PanelAndDossier(request.PanelId, request.DossierId,
            errors => errors.RequiredText("juror_user_id", request.JurorUserId, JuryLimits.UserId));
        var juror = request.JurorUserId.Trim();
        return await ChangeBookAsync(panelId, dossierId, context, (book, panel, dossier, register, actor, now) =>
        {
            RequireMember(panel, "juror_user_id", juror);
            book.AssignManually(dossier, juror, panel, register, actor, now);
            return Task.CompletedTask;
        });
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<BookContract> ReassignReviewer(ReassignReviewerRequest request, ServerCallContext context)
    {
        var (panelId, dossierId) = RequestValues.PanelAndDossier(request.PanelId, request.DossierId, errors => errors
            .RequiredText("from_juror_user_id", request.FromJurorUserId, JuryLimits.UserId)
            .RequiredText("to_juror_user_id", request.ToJurorUserId, JuryLimits.UserId)
            .RequiredText("reason", request.Reason, JuryLimits.Reason));
        var (from, to) = (request.FromJurorUserId.Trim(), request.ToJurorUserId.Trim());
        return await ChangeBookAsync(panelId, dossierId, context, async (book, panel, dossier, register, actor, now) =>
        {
            RequireMember(panel, "to_juror_user_id", to);
            // Read under the book's lock: a submission holds it shared, so it cannot slip in between.
            var submitted = await db.Reviews.AnyAsync(r => r.PanelId == panel.Id && r.DossierId == dossier.Id && r.JurorUserId == from &&
                r.Status == Domain.ReviewStatus.Submitted, context.CancellationToken);
            book.Reassign(dossier, from, to, submitted, request.Reason, panel, register, actor, now);
        });
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<BookContract> GetAssignmentBook(GetAssignmentBookRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        var book = await db.AssignmentBooks.AsNoTracking().SingleOrDefaultAsync(b => b.PanelId == id, context.CancellationToken)
            ?? throw new NotFoundException("Affectations du jury", id.ToString());
        return book.ToContract();
    }

    [Authorize(Roles = $"{Roles.Juror},{Roles.PanelPresident}")]
    public override async Task<ListMyAssignmentsResponse> ListMyAssignments(ListMyAssignmentsRequest request, ServerCallContext context)
    {
        var me = context.Actor().UserId;
        // A new conflict withdraws the assignment in the same transaction, so an active one is never conflicted.
        var books = await db.AssignmentBooks.AsNoTracking()
            .Where(b => b.Assignments.Any(a => a.JurorUserId == me && a.WithdrawnAt == null))
            .ToListAsync(context.CancellationToken);
        return new ListMyAssignmentsResponse
        {
            Assignments = { books.SelectMany(b => b.Active.Where(a => a.JurorUserId == me).Select(a => a.ToContract(b))) },
        };
    }

    /// <summary>
    /// Every field of a request is checked, and all its problems are named at once, before anything is read. A juror who
    /// is not on the panel is then named at the field that designated them, as a form shows it.
    /// </summary>
    private static void RequireMember(Domain.Panel panel, string field, string jurorUserId)
    {
        if (panel.Find(jurorUserId) is null)
        {
            new FieldViolations().Add(field, $"« {jurorUserId} » ne siège pas dans ce jury.").ThrowIfAny();
        }
    }

    private delegate Task BookChange(PanelAssignments book, Domain.Panel panel, DossierProfile dossier, ConflictRegister register, Actor actor, DateTimeOffset now);

    private async Task<BookContract> ChangeBookAsync(Guid panelId, Guid dossierId, ServerCallContext context, BookChange change)
    {
        var cancellationToken = context.CancellationToken;
        var panel = await db.PanelAsync(panelId, cancellationToken);
        var dossier = await db.DossierAsync(dossierId, panel.ProgrammeCode, cancellationToken);
        var now = time.GetUtcNow();
        return await db.InTransactionAsync(async () =>
        {
            var register = await db.LockedRegisterAsync(panel.ProgrammeCode, exclusive: false, now, cancellationToken);
            var book = await db.RequiredLockedBookAsync(panel, exclusive: true, cancellationToken);
            await change(book, panel, dossier.ToProfile(), register, context.Actor(), now);
            return book.ToContract();
        }, cancellationToken);
    }
}
