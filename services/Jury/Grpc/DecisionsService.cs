using Defis.Contracts.Jury.V1;
using Defis.Jury.Domain;
using Defis.Jury.Outgoing;
using Defis.Jury.Persistence;
using Defis.ServiceDefaults.Security;
using Defis.SharedKernel.Errors;
using Grpc.Core;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using DecisionContract = Defis.Contracts.Jury.V1.Decision;
using InstructionAgendaContract = Defis.Contracts.Jury.V1.InstructionAgenda;

namespace Defis.Jury.Grpc;

// Each method narrows these roles (attributes combine); ownership is checked on the resource.
[Authorize(Roles = $"{Roles.ProgrammeStaff},{Roles.PanelPresident},{Roles.Juror}")]
public sealed partial class DecisionsService(JuryDbContext db, TimeProvider time) : Decisions.DecisionsBase
{
    [Authorize(Roles = $"{Roles.Juror},{Roles.PanelPresident},{Roles.ProgrammeStaff}")]
    public override async Task<Ranking> GetRanking(GetRankingRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        var panel = await db.VisiblePanelAsync(id, actor, cancellationToken);
        return (await VisibleRankingAsync(panel, actor, cancellationToken)).Ranking.ToContract(panel.Id);
    }

    [Authorize(Roles = $"{Roles.PanelPresident},{Roles.ProgrammeStaff}")]
    public override async Task<InstructionAgendaContract> GetInstructionAgenda(GetInstructionAgendaRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations().RequiredText("programme_code", request.ProgrammeCode, JuryLimits.ProgrammeCode);
        if (request.DueSoonDays is < 0 or > 60)
        {
            errors.Add("due_soon_days", $"Le nombre de jours doit être compris entre 0 et 60 (reçu : {request.DueSoonDays}).");
        }
        errors.ThrowIfAny();
        var cancellationToken = context.CancellationToken;
        var programme = await db.ProgrammeAsync(request.ProgrammeCode, cancellationToken);
        if (!programme.IsRolling)
        {
            throw new PreconditionFailedException("NOT_ROLLING_CALL", programme.Code,
                $"L'appel {programme.Code} n'a pas de délai d'instruction : ses dossiers sont décidés ensemble.");
        }
        var undecided = (await db.UndecidedDossiersAsync(programme.Code, cancellationToken)).Select(d => d.ToProfile());
        var clock = new InstructionClock(programme.DecisionDueDays!.Value, request.DueSoonDays == 0 ? 3 : request.DueSoonDays);
        return clock.Agenda(undecided, time.GetUtcNow()).ToContract();
    }

    [Authorize(Roles = Roles.PanelPresident)]
    public override async Task<DecisionContract> OpenDecision(OpenDecisionRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("panel_id", request.PanelId);
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        var panel = await db.VisiblePanelAsync(id, actor, cancellationToken);
        var active = await db.ActiveDossiersAsync(panel.ProgrammeCode, cancellationToken);
        var candidates = request.CandidateDossierIds.Count == 0 ? active : Candidates(request.CandidateDossierIds, active);
        var decision = PhaseDecision.Open(panel, actor, candidates.Select(d => d.ToProfile()).ToArray(), request.Quota.ToDomain(), time.GetUtcNow());
        db.Decisions.Add(decision);
        await db.SaveChangesAsync(cancellationToken);
        return decision.ToContract();
    }

    [Authorize(Roles = Roles.PanelPresident)]
    public override async Task<DecisionContract> StageSelection(StageSelectionRequest request, ServerCallContext context)
    {
        var errors = new FieldViolations();
        var decisionId = errors.Id("decision_id", request.DecisionId);
        var dossierId = errors.Id("dossier_id", request.DossierId);
        errors.ThrowIfAny();
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        var (decision, panel) = await DecisionAsync(decisionId, actor, cancellationToken);
        var dossier = (await db.DossierAsync(dossierId, panel.ProgrammeCode, cancellationToken)).ToProfile();
        var now = time.GetUtcNow();
        decision.Select(panel, actor, dossier, request.Rationale, request.RecommendedGrantCents, await db.RegisterAsync(panel.ProgrammeCode, now, cancellationToken), now);
        await db.SaveChangesAsync(cancellationToken);
        return decision.ToContract();
    }

    /// <summary>
    /// The release and its events commit together (outbox): the outcomes (of a correction, those it changed),
    /// then PhaseSelectionReleased. The decision row is locked, so a double click releases once and emits each
    /// outcome once.
    /// </summary>
    [Authorize(Roles = Roles.PanelPresident)]
    public override async Task<DecisionContract> ReleaseDecision(ReleaseDecisionRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("decision_id", request.DecisionId);
        var cancellationToken = context.CancellationToken;
        var actor = context.Actor();
        return await db.InTransactionAsync(async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT 1 FROM phase_decisions WHERE id = {id} FOR UPDATE", cancellationToken);
            var (decision, panel) = await DecisionAsync(id, actor, cancellationToken);
            var release = decision.ReleaseAll(panel, actor, time.GetUtcNow());
            var corrected = release.CorrectsDecisionId is { } correctedId
                ? (await db.Decisions.AsNoTracking().SingleAsync(d => d.Id == correctedId, cancellationToken)).Release
                : null;
            var programme = await db.ProgrammeAsync(panel.ProgrammeCode, cancellationToken);
            db.AddReleaseEvents(release, corrected, programme.Id);
            return decision.ToContract();
        }, cancellationToken);
    }

    [Authorize(Roles = $"{Roles.PanelPresident},{Roles.ProgrammeStaff}")]
    public override async Task<DecisionContract> GetDecision(GetDecisionRequest request, ServerCallContext context)
    {
        var id = FieldViolations.RequiredId("decision_id", request.DecisionId);
        var (decision, _) = await DecisionAsync(id, context.Actor(), context.CancellationToken);
        return decision.ToContract();
    }

    /// <summary>A decision is the business of its panel's president and of staff; to anyone else it does not exist.</summary>
    private async Task<(PhaseDecision Decision, Domain.Panel Panel)> DecisionAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var decision = await db.Decisions.SingleOrDefaultAsync(d => d.Id == id, cancellationToken);
        var panel = decision is null ? null : await db.PanelAsync(decision.PanelId, cancellationToken);
        if (decision is null || panel is null || !(actor.IsProgrammeStaff || panel.IsPresident(actor.UserId)))
        {
            throw new NotFoundException("Décision", id.ToString());
        }
        return (decision, panel);
    }

    private static List<FiledDossier> Candidates(IReadOnlyList<string> ids, List<FiledDossier> active)
    {
        var errors = new FieldViolations();
        var byId = active.ToDictionary(d => d.Id);
        var candidates = new List<FiledDossier>();
        for (var i = 0; i < ids.Count; i++)
        {
            var id = errors.Id($"candidate_dossier_ids[{i}]", ids[i]);
            if (id != Guid.Empty && byId.TryGetValue(id, out var dossier))
            {
                candidates.Add(dossier);
            }
            else if (id != Guid.Empty)
            {
                errors.Add($"candidate_dossier_ids[{i}]", "Aucun dossier déposé et non retiré de cet appel n'a cet identifiant.");
            }
        }
        errors.ThrowIfAny();
        return candidates;
    }
}
