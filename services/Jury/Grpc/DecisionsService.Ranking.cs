using Defis.Contracts.Jury.V1;
using Defis.Jury.Documents;
using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.ServiceInfrastructure.Documents;
using Defis.SharedKernel.Errors;
using Google.Api;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Defis.Jury.Grpc;

public sealed partial class DecisionsService
{
    /// <summary>
    /// The ranking as a file (docs/exports/ranking.md), cut by the very rule of the ranking route, and refused while
    /// that cut seals a row: a file travels, so it is whole or not at all. The ranking is computed in memory like the
    /// route's (a panel's dossiers and reviews); the file is written out as its rows are formatted.
    /// </summary>
    [Authorize(Roles = $"{Roles.PanelPresident},{Roles.ProgrammeStaff}")]
    public override async Task ExportRanking(ExportRankingRequest request, IServerStreamWriter<HttpBody> responseStream, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var id = errors.Id("panel_id", request.PanelId);
        var format = SpreadsheetExport.Format(errors, request.Format);
        errors.ThrowIfAny();
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        var panel = await db.VisiblePanelAsync(id, actor, cancellationToken);
        if (!actor.IsProgrammeStaff && !panel.IsPresident(actor.UserId))
        {
            throw new PermissionDeniedException("Seuls l'équipe du programme et le président du jury exportent son classement.");
        }
        var (ranking, dossiers, submitted) = await VisibleRankingAsync(panel, actor, cancellationToken);
        if (ranking.Rows.Count(r => r.Sealed) is var sealedRows and > 0)
        {
            throw new PreconditionFailedException("RANKING_SEALED", panel.Id.ToString(),
                $"Le classement ne peut être exporté qu'une fois soumises vos évaluations : {sealedRows} dossier(s) que vous évaluez restent à soumettre.");
        }
        var gridIds = submitted.Select(r => r.GridId).Distinct().ToArray();
        var grids = await db.Grids.AsNoTracking()
            .Where(g => gridIds.Contains(g.Id) || (g.ProgrammeCode == panel.ProgrammeCode && g.Phase == panel.Phase))
            .ToListAsync(cancellationToken);
        var table = new RankingExportTable(CriterionMeans.Columns(grids), dossiers.ToDictionary(d => d.Id, d => d.Title),
            submitted.ToLookup(r => r.DossierId));
        await SpreadsheetExport.StreamAsync(responseStream, format, "Classement", table.Headers, ranking.Rows.ToAsyncEnumerable(), table.Cells,
            cancellationToken);
    }

    /// <summary>
    /// The panel's ranking as the caller may see it, the one rule of decision 0020 for every route that shows it: staff
    /// see it whole; a panel member sees it through <see cref="PhaseRanking.VisibleTo"/>. With the dossiers and the
    /// submitted reviews it was computed from.
    /// </summary>
    private async Task<(PhaseRanking Ranking, List<FiledDossier> Dossiers, List<Domain.Review> Submitted)> VisibleRankingAsync(Domain.Panel panel, Actor actor,
        CancellationToken cancellationToken)
    {
        var dossiers = await db.ActiveDossiersAsync(panel.ProgrammeCode, cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.PanelId == panel.Id && r.Status == Domain.ReviewStatus.Submitted).ToListAsync(cancellationToken);
        var gridIds = reviews.Select(r => r.GridId).Distinct().ToArray();
        var grids = await db.Grids.AsNoTracking().Where(g => gridIds.Contains(g.Id)).ToListAsync(cancellationToken);
        var book = await db.AssignmentBooks.AsNoTracking().SingleOrDefaultAsync(b => b.PanelId == panel.Id, cancellationToken);
        var ranking = PhaseRanker.Rank(panel.ProgrammeCode, panel.Phase, dossiers.Select(d => d.ToProfile()).ToArray(), reviews, grids,
            book?.ExpectedReviews() ?? new Dictionary<Guid, int>());
        if (panel.Find(actor.UserId) is { } member && !actor.IsProgrammeStaff)
        {
            var own = await db.Reviews.AsNoTracking().Where(r => r.PanelId == panel.Id && r.JurorUserId == actor.UserId && r.Status != Domain.ReviewStatus.Submitted)
                .ToListAsync(cancellationToken);
            ranking = ranking.VisibleTo(member, await db.RegisterAsync(panel.ProgrammeCode, time.GetUtcNow(), cancellationToken), [.. reviews, .. own]);
        }
        return (ranking, dossiers, reviews);
    }
}
