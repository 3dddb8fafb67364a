using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.CheckIns;
using Defis.Accompaniment.Domain.Connections;
using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Persistence;
using Defis.Contracts.Accompaniment.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Contract = Defis.Contracts.Accompaniment.V1;
using SupportPlan = Defis.Accompaniment.Domain.Plans.SupportPlan;
using Portfolio = Defis.Accompaniment.Domain.CheckIns.Portfolio;

namespace Defis.Accompaniment.Grpc;

/// <summary>Reads of support plans; changes are in the other part of this class. Who sees what: <see cref="AccompanimentAccess"/>.</summary>
public sealed partial class SupportPlansService(AccompanimentDbContext db, TimeProvider time) : SupportPlans.SupportPlansBase
{
    private const string PlanReaders = $"{Roles.Applicant},{Roles.Coach},{Roles.ProgrammeStaff}";

    /// <summary>The plans of the dossiers the caller leads, and of those whose filing named them a co-editor.</summary>
    [Authorize(Roles = Roles.Applicant)]
    public override async Task<ListPlansResponse> ListMyPlans(ListMyPlansRequest request, ServerCallContext context)
    {
        var caller = context.DomainCaller();
        var coEdited = db.CoEditedDossierIds(caller);
        return (await db.ReadPlansAsync(db.Plans.Where(p => p.MemberIds.Contains(caller.UserId) || coEdited.Contains(p.DossierId)), context.CancellationToken))
            .ToContract();
    }

    [Authorize(Roles = PlanReaders)]
    public override async Task<Contract.SupportPlan> GetPlan(GetPlanRequest request, ServerCallContext context)
    {
        var plan = await VisiblePlanAsync(request.PlanId, context);
        return plan.ToContract();
    }

    [Authorize(Roles = Roles.Coach)]
    public override async Task<ListPlansResponse> ListCoachPlans(ListCoachPlansRequest request, ServerCallContext context)
    {
        var userId = Defis.ServiceDefaults.Security.Caller.From(context).UserId;
        return (await db.ReadPlansAsync(db.Plans.Where(p => p.CoachIds.Contains(userId)), context.CancellationToken)).ToContract();
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ListPlansResponse> ListProgrammePlans(ListProgrammePlansRequest request, ServerCallContext context)
    {
        var programmeId = FieldViolations.RequiredId("programme_id", request.ProgrammeId);
        return (await db.ReadPlansAsync(db.Plans.Where(p => p.ProgrammeId == programmeId), context.CancellationToken)).ToContract();
    }

    [Authorize(Roles = PlanReaders)]
    public override async Task<ListCheckInsResponse> ListCheckIns(ListCheckInsRequest request, ServerCallContext context)
    {
        var plan = await VisiblePlanAsync(request.PlanId, context);
        return new ListCheckInsResponse { CheckIns = { plan.CheckIns.Select(c => c.ToContract()) } };
    }

    /// <summary>Peers are the other laureates of the same programme: the cohort people can actually meet.</summary>
    [Authorize(Roles = PlanReaders)]
    public override async Task<SuggestConnectionsResponse> SuggestConnections(SuggestConnectionsRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var planId = errors.Id("plan_id", request.PlanId);
        if (request.Max is < 0 or > 20)
        {
            errors.Add("max", "Entre 1 et 20 suggestions (0 pour 5).");
        }
        errors.ThrowIfAny();
        var plan = await VisiblePlanAsync(planId, context);
        var cohort = await db.Plans.AsNoTracking().Where(p => p.ProgrammeId == plan.ProgrammeId && p.Id != plan.Id).ToListAsync(context.CancellationToken);
        var peers = PeerConnections.Suggest(plan.Laureate, cohort.Select(p => p.Laureate), request.Max == 0 ? 5 : request.Max);
        return new SuggestConnectionsResponse { Peers = { peers.Select(p => p.ToContract()) } };
    }

    [Authorize(Roles = $"{Roles.Coach},{Roles.ProgrammeStaff}")]
    public override async Task<Contract.Portfolio> GetPortfolio(GetPortfolioRequest request, ServerCallContext context)
    {
        var programmeId = FieldViolations.RequiredId("programme_id", request.ProgrammeId);
        var caller = context.DomainCaller();
        var plans = await db.ReadPlansAsync(db.Plans.Where(p => p.ProgrammeId == programmeId), context.CancellationToken);
        var lines = Portfolio.Of(programmeId, AccompanimentAccess.PortfolioPlans(caller, plans), time.GetUtcNow(), PortfolioRule.Default);
        return new Contract.Portfolio { ProgrammeId = programmeId.ToString(), Plans = { lines.Select(l => l.ToContract()) } };
    }

    private Task<SupportPlan> VisiblePlanAsync(string planId, ServerCallContext context) =>
        VisiblePlanAsync(FieldViolations.RequiredId("plan_id", planId), context);

    /// <summary>Missing and not yours read the same (docs/decisions/0004).</summary>
    private async Task<SupportPlan> VisiblePlanAsync(Guid planId, ServerCallContext context)
    {
        var row = await db.Plans.AsNoTracking().Include(p => p.Milestones).SingleOrDefaultAsync(p => p.Id == planId, context.CancellationToken);
        if (row is null)
        {
            return AccompanimentAccess.RequireVisiblePlan(context.DomainCaller(), planId, null, CoEditors.None(planId));
        }
        var plan = await db.ToDomainAsync(row, context.CancellationToken);
        return AccompanimentAccess.RequireVisiblePlan(context.DomainCaller(), planId, plan, await db.CoEditorsOfAsync(row.DossierId, context.CancellationToken));
    }
}
