using Defis.Funding.Domain.Events;
using Defis.SharedKernel.Errors;

namespace Defis.Funding.Domain;

/// <summary>
/// Money for one laureate for one phase. Every change returns its events, already numbered from the
/// programme's counter; a refused change throws before numbering anything.
/// </summary>
public sealed partial class Grant
{
    private readonly List<Tranche> _tranches = [];

    /// <summary>For EF Core, which sets every property and the tranches from the stored rows.</summary>
    private Grant()
    {
        Collectivity = Collectivity.Single;
    }

    private Grant(Guid id, Guid programmeId, Guid dossierId, Phase phase, Money amount, Money selfFinancing, Collectivity collectivity)
    {
        Id = id;
        ProgrammeId = programmeId;
        DossierId = dossierId;
        Phase = phase;
        Amount = amount;
        SelfFinancing = selfFinancing;
        Collectivity = collectivity;
    }

    public Guid Id { get; }

    public Guid ProgrammeId { get; }

    public Guid DossierId { get; }

    public Phase Phase { get; }

    public Money Amount { get; private set; }

    /// <summary>The dossier's own share of its budget, as it declared it; recorded, never paid.</summary>
    public Money SelfFinancing { get; }

    public Collectivity Collectivity { get; }

    public GrantStatus Status { get; private set; } = GrantStatus.Proposed;

    public DateTimeOffset? CommittedAt { get; private set; }

    public string? CommittedBy { get; private set; }

    public IReadOnlyList<Tranche> Tranches => _tranches;

    public Money Released => Money.Sum(_tranches.Where(t => t.Status == TrancheStatus.Released).Select(t => t.Amount));

    public bool IsCommitted => Status is GrantStatus.Committed or GrantStatus.Adjusted;

    /// <summary>Self-financing ÷ (self-financing + grant), in basis points, rounded down.</summary>
    public int SelfFinancingShareBasisPoints =>
        (int)((Int128)SelfFinancing.Cents * TrancheTerm.WholeGrant / ((Int128)SelfFinancing.Cents + Amount.Cents));

    /// <summary>A selected dossier gets a proposal: the jury's recommendation, else the phase's default amount.</summary>
    public static (Grant Grant, GrantProposed Event) Propose(LaureateSelection selection, Money selfFinancing, Collectivity collectivity,
        FundingRules rules, ChangeContext change)
    {
        var violations = new FieldViolations().NonNegativeAmount("self_financing", selfFinancing);
        if (selection.RecommendedAmount is { } recommended)
        {
            violations.PositiveAmount("recommended_amount", recommended);
        }
        if (collectivity.Organisations < 1 || collectivity.Territories < 1)
        {
            violations.Add("collectivity", "Une candidature compte au moins une structure et un territoire.");
        }
        violations.ThrowIfAny();
        change.RequireProgramme(selection.ProgrammeId);
        var range = FundedRange(rules, selection.ProgrammeId, selection.Phase);
        var amount = selection.RecommendedAmount ?? range.Default;
        var grant = new Grant(Guid.CreateVersion7(change.Now), selection.ProgrammeId, selection.DossierId, selection.Phase, amount, selfFinancing, collectivity);
        return (grant, new GrantProposed(change.NextHeader(grant.ProgrammeId), grant.Id, grant.DossierId, grant.Phase, amount, selfFinancing));
    }

    private static PhaseRange FundedRange(FundingRules rules, Guid programmeId, Phase phase)
    {
        if (rules.ProgrammeId != programmeId)
        {
            throw new InvalidOperationException($"Rules of programme {rules.ProgrammeId} used for programme {programmeId}.");
        }
        return rules.RangeOf(phase) ?? throw new PreconditionFailedException("PHASE_NOT_FUNDED", "phase",
            $"La phase {phase.InFrench()} n'est pas financée par ce programme.");
    }

    private void RequireSameProgramme(Envelope envelope, ChangeContext change)
    {
        change.RequireProgramme(ProgrammeId);
        if (envelope.ProgrammeId != ProgrammeId)
        {
            throw new InvalidOperationException($"Envelope of programme {envelope.ProgrammeId} used for grant of programme {ProgrammeId}.");
        }
    }
}
