using Defis.Contracts.Jury.V1;
using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DeclarationContract = Defis.Contracts.Jury.V1.ConflictDeclaration;
using OverrideContract = Defis.Contracts.Jury.V1.ConflictOverride;

namespace Defis.Jury.Grpc;

[Authorize(Roles = $"{Roles.ProgrammeStaff},{Roles.PanelPresident},{Roles.Juror}")]
public sealed class ConflictsService(JuryDbContext db, TimeProvider time) : Conflicts.ConflictsBase
{
    /// <summary>
    /// One transaction: the register's row lock orders the declaration against concurrent planning, and
    /// an assignment the new conflict now forbids is withdrawn at once (staff plan the dossier again).
    /// </summary>
    public override async Task<DeclarationContract> DeclareConflict(DeclareConflictRequest request, ServerCallContext context)
    {
        var actor = context.Actor();
        var cancellationToken = context.CancellationToken;
        var juror = string.IsNullOrWhiteSpace(request.JurorUserId) ? actor.UserId : request.JurorUserId.Trim();
        // Every bad field at once, the call's code with the declaration's, before the call is looked up.
        var errors = new FieldViolations().RequiredText("programme_code", request.ProgrammeCode, JuryLimits.ProgrammeCode);
        ConflictRegister.Check(errors, juror, request.TargetKind.As<Domain.ConflictTargetKind>(), request.Target, request.Type.As<Domain.ConflictType>(),
            request.Note);
        errors.ThrowIfAny();
        var programme = await db.ProgrammeAsync(request.ProgrammeCode, cancellationToken);
        var now = time.GetUtcNow();
        return await db.InTransactionAsync(async () =>
        {
            var register = await db.LockedRegisterAsync(programme.Code, exclusive: true, now, cancellationToken);
            var declaration = register.Declare(actor, juror, request.TargetKind.As<Domain.ConflictTargetKind>(), request.Target,
                request.Type.As<Domain.ConflictType>(), string.IsNullOrWhiteSpace(request.Note) ? null : request.Note, now);
            await WithdrawConflictedAsync(programme.Code, register, now, cancellationToken);
            return declaration.ToContract();
        }, cancellationToken);
    }

    public override async Task<ListConflictsResponse> ListConflicts(ListConflictsRequest request, ServerCallContext context)
    {
        var actor = context.Actor();
        var programme = await db.ProgrammeAsync(RequiredCode(request.ProgrammeCode), context.CancellationToken);
        var register = await db.RegisterAsync(programme.Code, time.GetUtcNow(), context.CancellationToken);
        // A juror reads only their own declarations: others' ties are nobody else's business.
        bool Visible(string jurorUserId) => actor.IsProgrammeStaff || jurorUserId == actor.UserId;
        return new ListConflictsResponse
        {
            Declarations = { register.Declarations.Where(d => Visible(d.JurorUserId)).Select(d => d.ToContract()) },
            Overrides = { register.Overrides.Where(o => Visible(o.JurorUserId)).Select(o => o.ToContract()) },
        };
    }

    [Authorize(Roles = Roles.ProgrammeStaff)]
    public override async Task<OverrideContract> OverrideConflict(OverrideConflictRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations().RequiredText("juror_user_id", request.JurorUserId, JuryLimits.UserId);
        var dossierId = errors.Id("dossier_id", request.DossierId);
        errors.ThrowIfAny();
        var cancellationToken = context.CancellationToken;
        var programme = await db.ProgrammeAsync(RequiredCode(request.ProgrammeCode), cancellationToken);
        var dossier = await db.DossierAsync(dossierId, programme.Code, cancellationToken);
        var juror = (await db.Panels.Where(p => p.ProgrammeCode == programme.Code).ToListAsync(cancellationToken))
            .Select(p => p.Find(request.JurorUserId.Trim())).FirstOrDefault(m => m is not null)
            ?? throw new NotFoundException("Juré", request.JurorUserId);
        var now = time.GetUtcNow();
        return await db.InTransactionAsync(async () =>
        {
            var register = await db.LockedRegisterAsync(programme.Code, exclusive: true, now, cancellationToken);
            var granted = register.Override(context.Actor(), juror, dossier.ToProfile(), request.Reason, now);
            return granted.ToContract();
        }, cancellationToken);
    }

    private async Task WithdrawConflictedAsync(string programmeCode, ConflictRegister register, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var panels = await db.Panels.Where(p => p.ProgrammeCode == programmeCode).ToListAsync(cancellationToken);
        var dossiers = (await db.ActiveDossiersAsync(programmeCode, cancellationToken)).Select(d => d.ToProfile()).ToArray();
        foreach (var panel in panels)
        {
            if (await db.LockedBookAsync(panel.Id, exclusive: true, cancellationToken) is { } book)
            {
                book.WithdrawConflicted(panel, dossiers, register, Actor.JuryService, now);
            }
        }
    }

    private static string RequiredCode(string? code)
    {
        new FieldViolations().RequiredText("programme_code", code, JuryLimits.ProgrammeCode).ThrowIfAny();
        return code!;
    }
}
