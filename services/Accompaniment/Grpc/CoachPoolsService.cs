using Defis.Accompaniment.Events;
using Defis.Accompaniment.Persistence;
using Defis.Contracts.Accompaniment.V1;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Defis.SharedKernel.Time;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using CoachPoolContract = Defis.Contracts.Accompaniment.V1.CoachPool;

namespace Defis.Accompaniment.Grpc;

/// <summary>
/// Programme staff name the coaches of a programme; new plans take the least loaded of them. Selections that waited
/// for a pool open their plans in the same transaction as the pool is set, and staff can list what still waits.
/// </summary>
[Authorize(Roles = Roles.ProgrammeStaff)]
public sealed class CoachPoolsService(AccompanimentDbContext db, TimeProvider time, ILogger<CoachPoolsService> logger) : CoachPools.CoachPoolsBase
{
    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<CoachPoolContract> SetCoachPool(SetCoachPoolRequest request, ServerCallContext context)
    {
        var (programmeId, coachIds) = Check(request);
        var cancellationToken = context.CancellationToken;
        var pool = await db.InTransactionAsync(async () =>
        {
            // Same lock as a plan opening, so an opening never counts on a pool being replaced, and a selection finding
            // no pool either commits its wait before this pool (which then opens it) or sees the pool.
            var pool = await db.LockCoachPoolAsync(programmeId, cancellationToken);
            if (pool is null)
            {
                pool = new Persistence.CoachPool { ProgrammeId = programmeId };
                db.CoachPools.Add(pool);
            }
            pool.CoachIds = coachIds;
            pool.UpdatedAt = time.GetUtcNow();
            pool.UpdatedBy = Caller.From(context).UserId;
            await db.SaveChangesAsync(cancellationToken);
            await db.ResumeWaitingAsync(programmeId, dossierId: null, logger, pool.UpdatedAt, cancellationToken);
            return pool;
        }, cancellationToken);
        return await ToContractAsync(pool, cancellationToken);
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<CoachPoolContract> GetCoachPool(GetCoachPoolRequest request, ServerCallContext context)
    {
        var programmeId = FieldViolations.RequiredId("programme_id", request.ProgrammeId);
        var pool = await db.CoachPools.FindAsync([programmeId], context.CancellationToken)
            ?? throw new NotFoundException("Équipe de coachs du programme", request.ProgrammeId);
        return await ToContractAsync(pool, context.CancellationToken);
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<ListWaitingSelectionsResponse> ListWaitingSelections(ListWaitingSelectionsRequest request, ServerCallContext context)
    {
        var programmeId = FieldViolations.RequiredId("programme_id", request.ProgrammeId);
        var waiting = await db.JuryVerdicts.AsNoTracking()
            .Where(v => v.ProgrammeId == programmeId && v.WaitingFor != null)
            .OrderBy(v => v.WaitingSince).ThenBy(v => v.DossierId)
            .ToListAsync(context.CancellationToken);
        var ids = waiting.Select(v => v.DossierId).ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(d => ids.Contains(d.DossierId)).ToDictionaryAsync(d => d.DossierId, context.CancellationToken);
        return new ListWaitingSelectionsResponse { Selections = { waiting.Select(v => v.ToContract(dossiers.GetValueOrDefault(v.DossierId))) } };
    }

    private static (Guid ProgrammeId, List<string> CoachIds) Check(SetCoachPoolRequest request)
    {
        var errors = new FieldViolations();
        var programmeId = errors.Id("programme_id", request.ProgrammeId);
        if (request.CoachIds.Count is 0 or > Persistence.CoachPool.MaxCoaches)
        {
            errors.Add("coach_ids", $"Indiquez de 1 à {Persistence.CoachPool.MaxCoaches} coachs.");
        }
        for (var i = 0; i < request.CoachIds.Count; i++)
        {
            errors.RequiredText($"coach_ids[{i}]", request.CoachIds[i], Persistence.CoachPool.CoachIdMaxLength);
        }
        errors.ThrowIfAny();
        return (programmeId, [.. request.CoachIds.Select(c => c.Trim()).Distinct(StringComparer.Ordinal)]);
    }

    private async Task<CoachPoolContract> ToContractAsync(Persistence.CoachPool pool, CancellationToken cancellationToken)
    {
        var loads = await db.CoachLoadsAsync(pool.CoachIds, ParisTime.DateOf(time.GetUtcNow()), cancellationToken);
        return new CoachPoolContract
        {
            ProgrammeId = pool.ProgrammeId.ToString(),
            Coaches = { loads.Select(l => new CoachLoad { CoachId = l.CoachId, OpenPlans = l.OpenPlans }) },
        };
    }
}
