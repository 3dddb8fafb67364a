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
using Microsoft.EntityFrameworkCore;
using Contract = Defis.Contracts.Accompaniment.V1;
using Session = Defis.Accompaniment.Domain.Sessions.Session;
using RegistrationStatus = Defis.Accompaniment.Domain.Sessions.RegistrationStatus;
using Defis.Accompaniment.Outgoing;

namespace Defis.Accompaniment.Grpc;

/// <summary>Sessions and their registrations; scheduling is in <see cref="SessionScheduling"/>.</summary>
public sealed partial class SessionsService(AccompanimentDbContext db, TimeProvider time) : Sessions.SessionsBase
{
    private const string Organisers = $"{Roles.ProgrammeStaff},{Roles.Coach}";
    private const int ListLimit = 200;

    [Authorize]
    public override async Task<ListSessionsResponse> ListSessions(ListSessionsRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var programmeId = errors.OptionalId("programme_id", request.ProgrammeId);
        var from = errors.Instant("from", request.From, required: false) ?? time.GetUtcNow();
        errors.ThrowIfAny();
        var rows = await (await db.VisibleSessionsAsync(context.DomainCaller(), context.CancellationToken))
            .Where(s => s.EndsAt >= from && (programmeId == null || s.ProgrammeId == programmeId))
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Take(ListLimit)
            .ToListAsync(context.CancellationToken);
        return new ListSessionsResponse { Sessions = { rows.Select(r => r.ToDomain().ToContract()) } };
    }

    [Authorize]
    public override async Task<Contract.Session> GetSession(GetSessionRequest request, ServerCallContext context)
    {
        var sessionId = FieldViolations.RequiredId("session_id", request.SessionId);
        var row = await db.Sessions.AsNoTracking().Include(s => s.Registrations).SingleOrDefaultAsync(s => s.Id == sessionId, context.CancellationToken);
        return (await db.RequireVisibleAsync(row, sessionId, context.DomainCaller(), context.CancellationToken)).ToContract();
    }

    /// <summary>Anyone signed in, candidates included: nobody needs a dossier to attend a webinar.</summary>
    [Authorize]
    public override async Task<Contract.Registration> Register(RegisterRequest request, ServerCallContext context)
    {
        var sessionId = FieldViolations.RequiredId("session_id", request.SessionId);
        var caller = Defis.ServiceDefaults.Security.Caller.From(context);
        var registrant = RegistrantOf(request, caller);
        Session? registered = null;
        await ChangeAsync(sessionId, context, (session, change) =>
        {
            registered = session;
            return [session.Register(registrant, change)];
        });
        return registered!.Registrations.Last(r => r.Registrant.UserId == registrant.UserId).ToContract(registered);
    }

    [Authorize]
    public override Task<Contract.Session> CancelRegistration(CancelRegistrationRequest request, ServerCallContext context)
    {
        var sessionId = FieldViolations.RequiredId("session_id", request.SessionId);
        var userId = string.IsNullOrWhiteSpace(request.UserId) ? Defis.ServiceDefaults.Security.Caller.From(context).UserId : request.UserId.Trim();
        return ChangeAsync(sessionId, context, (session, change) => session.Cancel(userId, change));
    }

    [Authorize(Roles = Organisers)]
    public override Task<Contract.Session> ChangeCapacity(ChangeCapacityRequest request, ServerCallContext context)
    {
        var sessionId = FieldViolations.RequiredId("session_id", request.SessionId);
        return ChangeAsync(sessionId, context, (session, change) => session.ChangeCapacity(request.Capacity, change));
    }

    /// <summary>
    /// The caller's own, by their token's user id. A session they may not see (a coaching session of a plan they left)
    /// stays hidden here as everywhere else, so whatever is listed can also be read and cancelled.
    /// </summary>
    [Authorize]
    public override async Task<ListMyRegistrationsResponse> ListMyRegistrations(ListMyRegistrationsRequest request, ServerCallContext context)
    {
        var caller = context.DomainCaller();
        var userId = caller.UserId;
        var now = time.GetUtcNow();
        var rows = await (await db.VisibleSessionsAsync(caller, context.CancellationToken))
            .Where(s => s.Registrations.Any(r => r.UserId == userId && r.Status != RegistrationStatus.Cancelled))
            .Where(s => request.IncludePast || s.EndsAt >= now)
            .OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Take(ListLimit)
            .ToListAsync(context.CancellationToken);
        return new ListMyRegistrationsResponse { Registrations = { rows.Select(r => r.ToDomain().ToMyRegistration(userId)) } };
    }

    [Authorize(Roles = Organisers)]
    public override async Task<ListRegistrationsResponse> ListRegistrations(ListRegistrationsRequest request, ServerCallContext context)
    {
        var sessionId = FieldViolations.RequiredId("session_id", request.SessionId);
        var row = await db.Sessions.AsNoTracking().Include(s => s.Registrations).SingleOrDefaultAsync(s => s.Id == sessionId, context.CancellationToken);
        var session = await db.RequireVisibleAsync(row, sessionId, context.DomainCaller(), context.CancellationToken);
        return new ListRegistrationsResponse { Registrations = { session.Registrations.OrderBy(r => r.Arrival).Select(r => r.ToContract(session)) } };
    }

    [Authorize(Roles = Organisers)]
    public override async Task<Contract.Registration> RecordAttendance(RecordAttendanceRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations().RequiredText("user_id", request.UserId, 200);
        var sessionId = errors.Id("session_id", request.SessionId);
        errors.ThrowIfAny();
        Session? taken = null;
        await ChangeAsync(sessionId, context, (session, change) =>
        {
            taken = session;
            return [session.RecordAttendance(request.UserId.Trim(), request.Attended, change)];
        });
        return taken!.Confirmed.Single(r => r.Registrant.UserId == request.UserId.Trim()).ToContract(taken);
    }

    /// <summary>Field paths of the request (user_id, email), not the domain's registrant.* ones.</summary>
    private static Registrant RegistrantOf(RegisterRequest request, Defis.ServiceDefaults.Security.Caller caller)
    {
        var userId = string.IsNullOrWhiteSpace(request.UserId) ? caller.UserId : request.UserId.Trim();
        var email = string.IsNullOrWhiteSpace(request.Email) ? caller.Email : request.Email.Trim();
        var errors = new FieldViolations();
        Registrant? registrant = null;
        errors.Collect(() => registrant = Registrant.Create(userId, email), field => field.Replace("registrant.", "", StringComparison.Ordinal));
        errors.ThrowIfAny();
        return registrant!;
    }

    /// <summary>
    /// One transaction: the session's row lock serialises every change of its seats (so 30 people racing for
    /// 20 seats get exactly 20, in the order they got the lock), and the registrations, the arrival counter
    /// and the outgoing events commit together.
    /// </summary>
    private async Task<Contract.Session> ChangeAsync(Guid sessionId, ServerCallContext context,
        Func<Session, Change, IReadOnlyList<AccompanimentEvent>> act)
    {
        var cancellationToken = context.CancellationToken;
        var caller = context.DomainCaller();
        return await db.InTransactionAsync(async () =>
        {
            var row = await db.LockSessionAsync(sessionId, cancellationToken);
            var session = await db.RequireVisibleAsync(row, sessionId, caller, cancellationToken);
            var events = act(session, new Change(caller, time.GetUtcNow()));
            row!.CopyFrom(session);
            db.AddSessionEvents(events, row);
            return session.ToContract();
        }, cancellationToken);
    }
}
