using Defis.Contracts.Jury.V1;
using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using ReviewContract = Defis.Contracts.Jury.V1.Review;

namespace Defis.Jury.Grpc;

// Each method narrows these roles (attributes combine); ownership is checked on the resource.
[Authorize(Roles = $"{Roles.ProgrammeStaff},{Roles.PanelPresident},{Roles.Juror}")]
public sealed class ReviewsService(JuryDbContext db, TimeProvider time) : Reviews.ReviewsBase
{
    [Authorize(Roles = $"{Roles.Juror},{Roles.PanelPresident}")]
    public override Task<ReviewContract> SaveReviewDraft(SaveReviewRequest request, ServerCallContext context) =>
        ScoreAsync(request, context, submit: false);

    [Authorize(Roles = $"{Roles.Juror},{Roles.PanelPresident}")]
    public override Task<ReviewContract> SubmitReview(SaveReviewRequest request, ServerCallContext context) =>
        ScoreAsync(request, context, submit: true);

    [Authorize(Roles = Roles.PanelPresident)]
    public override async Task<ReviewContract> ReopenReview(ReopenReviewRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("review_id", request.ReviewId);
        var cancellationToken = context.CancellationToken;
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("Évaluation", request.ReviewId);
        var actor = context.Actor();
        var panel = await db.VisiblePanelAsync(review.PanelId, actor, cancellationToken);
        review.Reopen(actor, panel, request.Reason, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return review.ToContract(null);
    }

    [Authorize(Roles = $"{Roles.Juror},{Roles.PanelPresident},{Roles.ProgrammeStaff}")]
    public override async Task<ListDossierReviewsResponse> ListDossierReviews(ListDossierReviewsRequest request, ServerCallContext context)
    {
        var (panelId, dossierId) = RequestValues.PanelAndDossier(request.PanelId, request.DossierId);
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        var panel = await db.VisiblePanelAsync(panelId, actor, cancellationToken);
        var dossier = (await db.DossierAsync(dossierId, panel.ProgrammeCode, cancellationToken)).ToProfile();
        var register = await db.RegisterAsync(panel.ProgrammeCode, time.GetUtcNow(), cancellationToken);
        DossierAccess.EnsureCanRead(actor, panel, dossier, register);
        var member = panel.Find(actor.UserId);
        var standing = actor.IsProgrammeStaff && member is null ? ViewerStanding.ProgrammeStaff
            : panel.IsPresident(actor.UserId) ? ViewerStanding.President : ViewerStanding.Juror;
        var conflicted = member is not null && register.Check(member, dossier).IsConflicted;
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.PanelId == panel.Id && r.DossierId == dossier.Id).ToListAsync(cancellationToken);
        var visible = ReviewVisibility.VisibleReviews(actor.UserId, standing, conflicted, reviews);
        var gridIds = visible.Select(r => r.GridId).Distinct().ToArray();
        var grids = await db.Grids.AsNoTracking().Where(g => gridIds.Contains(g.Id)).ToDictionaryAsync(g => g.Id, cancellationToken);
        return new ListDossierReviewsResponse { Reviews = { visible.Select(r => r.ToContract(grids.GetValueOrDefault(r.GridId))) } };
    }

    /// <summary>
    /// One transaction holding the book shared: a reassignment cannot take the dossier from the juror
    /// between the check and the save. The grid a first submission freezes is saved with the review.
    /// </summary>
    private async Task<ReviewContract> ScoreAsync(SaveReviewRequest request, ServerCallContext context, bool submit)
    {
        var (panelId, dossierId) = RequestValues.PanelAndDossier(request.PanelId, request.DossierId);
        var input = request.ToInput();
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        var panel = await db.VisiblePanelAsync(panelId, actor, cancellationToken);
        var dossier = (await db.DossierAsync(dossierId, panel.ProgrammeCode, cancellationToken)).ToProfile();
        var now = time.GetUtcNow();
        DossierAccess.EnsureCanRead(actor, panel, dossier, await db.RegisterAsync(panel.ProgrammeCode, now, cancellationToken));
        return await db.InTransactionAsync(async () =>
        {
            var book = await db.LockedBookAsync(panel.Id, exclusive: false, cancellationToken)
                ?? throw new PermissionDeniedException("Vous n'êtes pas rapporteur de ce dossier : vous ne pouvez pas l'évaluer.");
            var review = await db.Reviews.SingleOrDefaultAsync(r => r.PanelId == panel.Id && r.DossierId == dossier.Id && r.JurorUserId == actor.UserId, cancellationToken);
            var grid = review is null ? await LatestGridAsync(panel, cancellationToken) : await db.Grids.SingleAsync(g => g.Id == review.GridId, cancellationToken);
            if (review is null)
            {
                review = db.Reviews.Add(Domain.Review.Start(dossier.Id, actor.UserId, grid, book, now)).Entity;
            }
            if (submit)
            {
                review.Submit(input, grid, book, now);
            }
            else
            {
                review.SaveDraft(input, grid, book, now);
            }
            await db.SaveUniqueAsync("Votre évaluation de ce dossier vient d'être créée par ailleurs : relisez-la puis réessayez.", cancellationToken);
            return review.ToContract(grid);
        }, cancellationToken);
    }

    private async Task<EvaluationGrid> LatestGridAsync(Domain.Panel panel, CancellationToken cancellationToken) =>
        await db.LatestGridAsync(panel.ProgrammeCode, panel.Phase, cancellationToken)
        ?? throw new PreconditionFailedException("NO_GRID", panel.Id.ToString(), "La grille d'évaluation de ce jury n'est pas encore définie.");
}
