using System.Globalization;
using Defis.SharedKernel.Errors;

namespace Defis.Jury.Domain;

/// <summary>
/// The jury's decision for a phase over a set of candidate dossiers (all of a phase, or the few of a
/// rolling call's week). The president stages selections (rationale and recommended grant each), then
/// releases them in one act: every candidate gets Selected or NotSelected. A released decision never
/// changes; <see cref="Correct"/> opens a new one that links to it and supersedes it once released.
/// </summary>
public sealed class PhaseDecision : AuditedAggregate
{
    private readonly List<DecisionCandidate> _candidates = [];
    private readonly List<StagedSelection> _selections = [];

    private PhaseDecision()
    {
    }

    public Guid Id { get; private set; }

    public Guid PanelId { get; private set; }

    public string ProgrammeCode { get; private set; } = "";

    public Phase Phase { get; private set; }

    public SelectionQuota Quota { get; private set; } = SelectionQuota.None;

    public DecisionStatus Status { get; private set; }

    public string OpenedBy { get; private set; } = "";

    public DateTimeOffset OpenedAt { get; private set; }

    public string? ReleasedBy { get; private set; }

    public DateTimeOffset? ReleasedAt { get; private set; }

    public Guid? CorrectsDecisionId { get; private set; }

    public string? CorrectionReason { get; private set; }

    /// <summary>1 for a first decision, one more for each correction in its chain: consumers keep the highest.</summary>
    public int Revision { get; private set; } = 1;

    public IReadOnlyList<DecisionCandidate> Candidates => _candidates;

    public IReadOnlyList<StagedSelection> Selections => _selections;

    /// <summary>The release record, derived from the released state; null while a draft.</summary>
    public DecisionRelease? Release => Status != DecisionStatus.Released ? null : new DecisionRelease(
        Id, ProgrammeCode, Phase, ReleasedBy!, ReleasedAt!.Value, CorrectsDecisionId, Revision,
        _candidates.Select(c => _selections.Find(s => s.DossierId == c.DossierId) is { } s
            ? new DecisionOutcome(c.DossierId, c.DossierReference, DecisionOutcomeKind.Selected, s.Rationale, s.RecommendedGrantCents)
            : new DecisionOutcome(c.DossierId, c.DossierReference, DecisionOutcomeKind.NotSelected, null, null)).ToArray());

    public static PhaseDecision Open(Panel panel, Actor actor, IReadOnlyList<DossierProfile> candidates, SelectionQuota quota, DateTimeOffset now)
    {
        panel.EnsurePresident(actor, "ouvrir une décision");
        quota.Validate();
        if (candidates.Count == 0)
        {
            throw new RequestValidationException([new FieldViolation("candidates", "Une décision porte sur au moins un dossier.")]);
        }
        var decision = new PhaseDecision
        {
            Id = Guid.CreateVersion7(now),
            PanelId = panel.Id,
            ProgrammeCode = panel.ProgrammeCode,
            Phase = panel.Phase,
            Quota = quota,
            Status = DecisionStatus.Draft,
            OpenedBy = actor.UserId,
            OpenedAt = now,
        };
        var ordered = candidates.DistinctBy(c => c.Id).ToArray();
        Array.Sort(ordered, DossierProfile.CompareByFiling);
        decision._candidates.AddRange(ordered.Select(c => new DecisionCandidate(c.Id, c.Reference)));
        decision.Audit(now, actor.UserId, AuditAction.DecisionOpened, decision.Id,
            $"Décision ouverte pour la phase {panel.Phase} sur {ordered.Length} dossier(s), quota : {quota}.");
        return decision;
    }

    /// <summary>Stages (or restages) one selection. The president must be free of conflict with the dossier.</summary>
    public void Select(Panel panel, Actor actor, DossierProfile dossier, string? rationale, long recommendedGrantCents, ConflictRegister conflicts,
        DateTimeOffset now)
    {
        EnsureDraftOf(panel, actor);
        EnsureNotConflicted(panel, actor, dossier, conflicts);
        var candidate = _candidates.Find(c => c.DossierId == dossier.Id)
            ?? throw new PreconditionFailedException("NOT_A_CANDIDATE", dossier.Reference, $"Le dossier {dossier.Reference} n'est pas soumis à cette décision.");
        var errors = new FieldViolations().RequiredText("rationale", rationale, JuryLimits.Rationale);
        if (recommendedGrantCents is < 0 or > JuryLimits.MaxGrantCents)
        {
            errors.Add("recommended_grant_cents", $"Le montant doit être compris entre 0 et {Euros(JuryLimits.MaxGrantCents)} (reçu : {recommendedGrantCents} centimes).");
        }
        errors.ThrowIfAny();
        var selection = new StagedSelection(candidate.DossierId, candidate.DossierReference, rationale!.Trim(), recommendedGrantCents);
        _selections.RemoveAll(s => s.DossierId == dossier.Id);
        _selections.Add(selection);
        Audit(now, actor.UserId, AuditAction.SelectionStaged, Id,
            $"Dossier {candidate.DossierReference} retenu (dotation recommandée {Euros(recommendedGrantCents)}). Motif : {selection.Rationale}", dossier.Id);
    }

    public void Deselect(Panel panel, Actor actor, Guid dossierId, DateTimeOffset now)
    {
        EnsureDraftOf(panel, actor);
        var selection = _selections.Find(s => s.DossierId == dossierId) ?? throw new NotFoundException("Sélection", dossierId.ToString());
        _selections.Remove(selection);
        Audit(now, actor.UserId, AuditAction.SelectionWithdrawn, Id, $"Dossier {selection.DossierReference} retiré des dossiers retenus.", dossierId);
    }

    /// <summary>
    /// The dossier was purged (decision 0032): the president's rationale for selecting it goes, released or not; the
    /// outcome and the recommended grant stay, they are the call's counts.
    /// </summary>
    public void ForgetRationale(Guid dossierId)
    {
        var index = _selections.FindIndex(s => s.DossierId == dossierId);
        if (index >= 0)
        {
            _selections[index] = _selections[index] with { Rationale = DossierPurge.Erased };
        }
    }

    /// <summary>Releases every outcome in one act, if the quota is met; the decision is immutable from then on.</summary>
    public DecisionRelease ReleaseAll(Panel panel, Actor actor, DateTimeOffset now)
    {
        EnsureDraftOf(panel, actor);
        if (!Quota.Allows(_selections.Count))
        {
            throw new PreconditionFailedException("QUOTA", Id.ToString(),
                $"{_selections.Count} dossier(s) retenu(s) : le quota de cette phase est {Quota}.");
        }
        Status = DecisionStatus.Released;
        ReleasedBy = actor.UserId;
        ReleasedAt = now;
        Audit(now, actor.UserId, AuditAction.DecisionReleased, Id,
            $"Décision publiée : {_selections.Count} dossier(s) retenu(s) sur {_candidates.Count}" +
            (CorrectsDecisionId is { } corrected ? $", en correction de la décision {corrected}." : "."));
        return Release!;
    }

    /// <summary>Opens the correction of a released decision: a new draft with the same candidates and selections, linked to it.</summary>
    public static PhaseDecision Correct(PhaseDecision released, Panel panel, Actor actor, string? reason, DateTimeOffset now)
    {
        if (released.PanelId != panel.Id)
        {
            throw new ArgumentException($"Panel {panel.Id} is not the panel of decision {released.Id}.", nameof(panel));
        }
        panel.EnsurePresident(actor, "corriger une décision");
        new FieldViolations().RequiredText("reason", reason, JuryLimits.Reason).ThrowIfAny();
        if (released.Status != DecisionStatus.Released)
        {
            throw new PreconditionFailedException("DECISION_NOT_RELEASED", released.Id.ToString(),
                "Cette décision n'est pas publiée : modifiez-la directement.");
        }
        var correction = new PhaseDecision
        {
            Id = Guid.CreateVersion7(now),
            PanelId = released.PanelId,
            ProgrammeCode = released.ProgrammeCode,
            Phase = released.Phase,
            Quota = released.Quota,
            Status = DecisionStatus.Draft,
            OpenedBy = actor.UserId,
            OpenedAt = now,
            CorrectsDecisionId = released.Id,
            CorrectionReason = reason!.Trim(),
            Revision = released.Revision + 1,
        };
        correction._candidates.AddRange(released._candidates);
        correction._selections.AddRange(released._selections);
        correction.Audit(now, actor.UserId, AuditAction.DecisionOpened, correction.Id,
            $"Correction de la décision {released.Id} ouverte. Motif : {correction.CorrectionReason}");
        return correction;
    }

    private void EnsureDraftOf(Panel panel, Actor actor)
    {
        if (panel.Id != PanelId)
        {
            throw new ArgumentException($"Panel {panel.Id} is not the panel of decision {Id}.", nameof(panel));
        }
        panel.EnsurePresident(actor, "préparer ou publier une décision");
        if (Status == DecisionStatus.Released)
        {
            throw new PreconditionFailedException("DECISION_RELEASED", Id.ToString(),
                "Cette décision est publiée et ne peut plus changer : ouvrez une correction.");
        }
    }

    private static void EnsureNotConflicted(Panel panel, Actor actor, DossierProfile dossier, ConflictRegister conflicts)
    {
        var president = panel.Find(actor.UserId)!;
        if (conflicts.Check(president, dossier).IsConflicted)
        {
            // A conflicted juror cannot read the dossier: it reads as absent.
            throw new NotFoundException("Dossier", dossier.Reference);
        }
    }

    private static string Euros(long cents) => (cents / 100m).ToString("#,##0.00 €", CultureInfo.GetCultureInfo("fr-FR"));
}
