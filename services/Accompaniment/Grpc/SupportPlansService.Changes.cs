using Defis.ServiceDefaults.Errors;
using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Plans;
using Defis.Accompaniment.Persistence;
using Defis.Contracts.Accompaniment.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Contract = Defis.Contracts.Accompaniment.V1;
using SupportPlan = Defis.Accompaniment.Domain.Plans.SupportPlan;
using Defis.Accompaniment.Outgoing;

namespace Defis.Accompaniment.Grpc;

public sealed partial class SupportPlansService
{
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override Task<Contract.SupportPlan> ReassignCoach(ReassignCoachRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations().RequiredText("from_coach_id", request.FromCoachId, Persistence.CoachPool.CoachIdMaxLength)
            .OptionalText("to_coach_id", request.ToCoachId, Persistence.CoachPool.CoachIdMaxLength);
        var planId = errors.Id("plan_id", request.PlanId);
        errors.ThrowIfAny();
        return ChangeAsync(planId, context, async (plan, change) =>
        {
            if (!string.IsNullOrWhiteSpace(request.ToCoachId))
            {
                return [plan.ReassignCoach(request.FromCoachId, request.ToCoachId.Trim(), change)];
            }
            var pool = await db.CoachPools.FindAsync([plan.ProgrammeId], context.CancellationToken);
            var team = await db.CoachLoadsAsync(pool?.CoachIds ?? [], ParisTime.DateOf(change.Now), context.CancellationToken);
            return [plan.ReassignCoach(request.FromCoachId, team, change)];
        });
    }

    [Authorize(Roles = Roles.Coach)]
    public override Task<Contract.SupportPlan> AddMilestone(AddMilestoneRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var planId = errors.Id("plan_id", request.PlanId);
        var due = errors.Day("due", request.Due);
        errors.RequiredText("title", request.Title, Domain.Milestones.Milestone.TitleMaxLength).ThrowIfAny();
        return ChangeAsync(planId, context, (plan, change) => [plan.AddMilestone(request.Title, due!.Value, change)]);
    }

    [Authorize(Roles = Roles.Coach)]
    public override Task<Contract.SupportPlan> RescheduleMilestone(RescheduleMilestoneRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var (planId, milestoneId) = (errors.Id("plan_id", request.PlanId), errors.Id("milestone_id", request.MilestoneId));
        var due = errors.Day("due", request.Due);
        errors.ThrowIfAny();
        return ChangeAsync(planId, context, (plan, change) => [plan.RescheduleMilestone(milestoneId, due!.Value, change)]);
    }

    [Authorize(Roles = Roles.Applicant)]
    public override Task<Contract.SupportPlan> StartMilestone(MilestoneRequest request, ServerCallContext context)
    {
        var (planId, milestoneId) = Ids(request.PlanId, request.MilestoneId);
        return ChangeAsync(planId, context, (plan, change) => [plan.StartMilestone(milestoneId, change)]);
    }

    [Authorize(Roles = Roles.Applicant)]
    public override Task<Contract.SupportPlan> SubmitEvidence(SubmitEvidenceRequest request, ServerCallContext context)
    {
        var (planId, milestoneId) = Ids(request.PlanId, request.MilestoneId);
        return ChangeAsync(planId, context, (plan, change) => [plan.SubmitEvidence(milestoneId, request.Evidence?.Text, request.Evidence?.Link, change)]);
    }

    [Authorize(Roles = Roles.Coach)]
    public override Task<Contract.SupportPlan> ValidateMilestone(MilestoneRequest request, ServerCallContext context)
    {
        var (planId, milestoneId) = Ids(request.PlanId, request.MilestoneId);
        return ChangeAsync(planId, context, (plan, change) => [plan.ValidateMilestone(milestoneId, change)]);
    }

    [Authorize(Roles = Roles.Coach)]
    public override Task<Contract.SupportPlan> ReturnMilestone(ReturnMilestoneRequest request, ServerCallContext context)
    {
        var (planId, milestoneId) = Ids(request.PlanId, request.MilestoneId);
        return ChangeAsync(planId, context, (plan, change) => [plan.ReturnMilestone(milestoneId, request.Comment, change)]);
    }

    [Authorize(Roles = Roles.Coach)]
    public override Task<Contract.SupportPlan> WaiveMilestone(WaiveMilestoneRequest request, ServerCallContext context)
    {
        var (planId, milestoneId) = Ids(request.PlanId, request.MilestoneId);
        return ChangeAsync(planId, context, (plan, change) => [plan.WaiveMilestone(milestoneId, request.Reason, change)]);
    }

    [Authorize(Roles = Roles.Applicant)]
    public override async Task<Contract.CheckIn> RecordCheckIn(RecordCheckInRequest request, ServerCallContext context)
    {
        var planId = FieldViolations.RequiredId("plan_id", request.PlanId);
        Domain.CheckIns.CheckIn? recorded = null;
        await ChangeAsync(planId, context, (plan, change) =>
        {
            var e = plan.RecordCheckIn(request.Progress, request.Risks, request.HelpNeeded, change);
            recorded = plan.CheckIns.Single(c => c.Id == e.CheckInId);
            db.CheckIns.Add(recorded);
            return [e];
        });
        return recorded!.ToContract();
    }

    private static (Guid PlanId, Guid MilestoneId) Ids(string planId, string milestoneId)
    {
        var errors = new FieldViolations();
        var ids = (errors.Id("plan_id", planId), errors.Id("milestone_id", milestoneId));
        errors.ThrowIfAny();
        return ids;
    }

    private Task<Contract.SupportPlan> ChangeAsync(Guid planId, ServerCallContext context, Func<SupportPlan, Change, IReadOnlyList<AccompanimentEvent>> act) =>
        ChangeAsync(planId, context, (plan, change) => Task.FromResult(act(plan, change)));

    /// <summary>
    /// One transaction: the plan's row lock serialises changes to it, the change is checked by the domain
    /// (who acts, which state; a co-editor of the dossier acts on nothing), and the plan's rows and its outgoing events
    /// commit together.
    /// </summary>
    private async Task<Contract.SupportPlan> ChangeAsync(Guid planId, ServerCallContext context,
        Func<SupportPlan, Change, Task<IReadOnlyList<AccompanimentEvent>>> act)
    {
        var cancellationToken = context.CancellationToken;
        var caller = context.DomainCaller();
        return await db.InTransactionAsync(async () =>
        {
            var row = await db.LockPlanAsync(planId, cancellationToken);
            var plan = row is null
                ? AccompanimentAccess.RequireVisiblePlan(caller, planId, null, CoEditors.None(planId))
                : AccompanimentAccess.RequirePlanToChange(caller, planId, await db.ToDomainAsync(row, cancellationToken),
                    await db.CoEditorsOfAsync(row.DossierId, cancellationToken));
            var events = await act(plan, new Change(caller, time.GetUtcNow()));
            row!.CopyFrom(plan);
            db.AddPlanEvents(events, plan);
            return plan.ToContract();
        }, cancellationToken);
    }
}
