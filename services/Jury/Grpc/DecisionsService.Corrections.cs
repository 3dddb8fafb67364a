using Defis.Contracts.Jury.V1;
using Defis.Jury.Domain;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DecisionContract = Defis.Contracts.Jury.V1.Decision;

namespace Defis.Jury.Grpc;

/// <summary>Changing the president's mind: a staged selection taken back, and the correction of a released decision.</summary>
public sealed partial class DecisionsService
{
    [Authorize(Roles = Roles.PanelPresident)]
    public override async Task<DecisionContract> WithdrawSelection(WithdrawSelectionRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var decisionId = errors.Id("decision_id", request.DecisionId);
        var dossierId = errors.Id("dossier_id", request.DossierId);
        errors.ThrowIfAny();
        var actor = context.Actor();
        var (decision, panel) = await DecisionAsync(decisionId, actor, context.CancellationToken);
        decision.Deselect(panel, actor, dossierId, time.GetUtcNow());
        await db.SaveChangesAsync(context.CancellationToken);
        return decision.ToContract();
    }

    /// <summary>
    /// Opens the correction of a released decision: a new draft linked to it (the released one never changes).
    /// One correction per decision: a second one, even racing the first, is ALREADY_EXISTS (unique index).
    /// </summary>
    [Authorize(Roles = Roles.PanelPresident)]
    public override async Task<DecisionContract> CorrectDecision(CorrectDecisionRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var id = errors.Id("decision_id", request.DecisionId);
        errors.RequiredText("reason", request.Reason, JuryLimits.Reason).ThrowIfAny();
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        var (released, panel) = await DecisionAsync(id, actor, cancellationToken);
        var correction = PhaseDecision.Correct(released, panel, actor, request.Reason, time.GetUtcNow());
        if (await db.Decisions.AsNoTracking().Where(d => d.CorrectsDecisionId == released.Id).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken) is { } existing)
        {
            throw new ConflictException(AlreadyCorrected(released.Id, existing), alreadyExists: true);
        }
        db.Decisions.Add(correction);
        await db.SaveUniqueAsync(AlreadyCorrected(released.Id, null), cancellationToken);
        return correction.ToContract();
    }

    private static string AlreadyCorrected(Guid released, Guid? correction) =>
        $"La décision {released} a déjà une correction{(correction is { } id ? $" ({id})" : "")} : modifiez-la, ou corrigez-la une fois publiée.";
}
