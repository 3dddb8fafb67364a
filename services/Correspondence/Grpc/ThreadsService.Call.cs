using Defis.Correspondence.Domain.Threads;
using Defis.Correspondence.Outgoing;
using Defis.Correspondence.Persistence;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Contract = Defis.Contracts.Correspondence.V1;
using Roles = Defis.ServiceDefaults.Security.Roles;

namespace Defis.Correspondence.Grpc;

/// <summary>
/// Staff writing to every team of a call: one message per dossier of the call, each with its MessagePosted. The
/// messages' ids come from the request id (<see cref="CallMessage"/>) and the sending holds that id's lock, so a retry,
/// even racing the first attempt, posts only what is missing and answers the same messages.
/// </summary>
public sealed partial class ThreadsService
{
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<Contract.PostToCallResponse> PostToCall(Contract.PostToCallRequest request, ServerCallContext context)
    {
        var cancellationToken = context.CancellationToken;
        var caller = context.DomainCaller();
        var errors = new FieldViolations();
        errors.RequiredText("programme_code", request.ProgrammeCode, 20);
        var code = request.ProgrammeCode.Trim().ToUpperInvariant();
        errors.RequiredText("body", request.Body, Message.MaxBodyLength);
        var requestId = errors.Id("request_id", request.RequestId);
        errors.ThrowIfAny();
        var teams = await db.Teams.AsNoTracking().Where(t => t.ProgrammeCode == code).OrderBy(t => t.DossierId).ToListAsync(cancellationToken);
        if (teams.Count == 0)
        {
            throw new NotFoundException("Appel", request.ProgrammeCode);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({requestId.ToString()}, 1))", cancellationToken);
        teams = await NotPurgedAsync(teams, cancellationToken);
        var ids = teams.ToDictionary(t => t.DossierId, t => CallMessage.IdFor(requestId, t.DossierId));
        var posted = await db.Messages.Where(m => ids.Values.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
        var now = time.GetUtcNow();
        foreach (var team in teams.Where(t => !posted.ContainsKey(ids[t.DossierId])))
        {
            var message = Message.Post(ids[team.DossierId], team.DossierId, caller, request.Body, [], now);
            db.Messages.Add(message);
            db.AddIntegrationEvent(OutgoingEvents.Posted(message, team));
            posted[message.Id] = message;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Contract.PostToCallResponse { Messages = { teams.Select(t => posted[ids[t.DossierId]].ToContract(caller)) } };
    }

    /// <summary>
    /// Takes each dossier's lock, in the order of their ids so two writers never wait on each other crosswise, and keeps
    /// the dossiers not purged since their teams were read: a message to a purged dossier would outlive its purge.
    /// </summary>
    private async Task<List<TeamRow>> NotPurgedAsync(List<TeamRow> teams, CancellationToken cancellationToken)
    {
        var kept = new List<TeamRow>(teams.Count);
        foreach (var team in teams)
        {
            if (!await db.LockAndCheckPurgedAsync(team.DossierId, cancellationToken))
            {
                kept.Add(team);
            }
        }
        return kept;
    }
}
