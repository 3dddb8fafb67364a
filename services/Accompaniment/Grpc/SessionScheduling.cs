using Defis.ServiceDefaults.Errors;
using Defis.Accompaniment.Domain.Access;
using Defis.Accompaniment.Domain.Events;
using Defis.Accompaniment.Domain.Sessions;
using Defis.Accompaniment.Persistence;
using Defis.Contracts.Accompaniment.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Session = Defis.Accompaniment.Domain.Sessions.Session;

namespace Defis.Accompaniment.Grpc;

public sealed partial class SessionsService
{
    /// <summary>Staff and coaches schedule one session, or one per occurrence of a weekly RRULE, in one transaction.</summary>
    [Authorize(Roles = Organisers)]
    public override async Task<ScheduleSessionsResponse> ScheduleSessions(ScheduleSessionsRequest request, ServerCallContext context)
    {
        var caller = context.DomainCaller();
        var scheduled = Schedule(request, new Change(caller, time.GetUtcNow()));
        if (scheduled[0].Session.PlanId is { } planId && !await db.CanReadPlanAsync(planId, caller, context.CancellationToken))
        {
            throw new NotFoundException("Plan d'accompagnement", planId.ToString());
        }
        db.Sessions.AddRange(scheduled.Select(s => SessionRow.From(s.Session)));
        await db.SaveChangesAsync(context.CancellationToken);
        return new ScheduleSessionsResponse { Sessions = { scheduled.Select(s => s.Session.ToContract()) } };
    }

    /// <summary>Every bad field at once: the request's own (ids, instants), the recurrence rule's and the draft's.</summary>
    private static IReadOnlyList<(Session Session, SessionScheduled Event)> Schedule(ScheduleSessionsRequest request, Change change)
    {
        var errors = new FieldViolations();
        var programmeId = errors.Id("programme_id", request.ProgrammeId);
        var planId = errors.OptionalId("plan_id", request.PlanId);
        var start = errors.Instant("start", request.Start, required: true);
        var end = errors.Instant("end", request.End, required: true);
        // Stand-ins for unusable instants, so that the draft's other fields are still checked.
        var draft = new SessionDraft(programmeId, (Domain.Sessions.SessionKind)request.Kind, request.Title, request.Description,
            start ?? (end ?? change.Now).AddHours(-1), end ?? (start ?? change.Now).AddHours(1), request.Capacity, request.Location, request.Url, planId);
        RecurrenceRule? rule = null;
        if (!string.IsNullOrWhiteSpace(request.Recurrence))
        {
            errors.Collect(() => rule = RecurrenceRule.Parse(request.Recurrence));
        }
        IReadOnlyList<(Session, SessionScheduled)> sessions = [];
        errors.Collect(() => sessions = rule is null ? [Session.Schedule(draft, change)] : Session.ScheduleSeries(draft, rule, change));
        errors.ThrowIfAny();
        return sessions;
    }
}
