namespace Defis.Submission.Domain;

/// <summary>
/// Everything a call announces. <see cref="ApplicationPhase"/> is the phase whose grant a dossier
/// requests when it is filed; <see cref="CollectiveAllowancePercent"/> raises that phase's ceiling
/// for collective candidacies (docs/decisions/0008-submission-rules.md). <see cref="RetentionMonths"/>: how long after
/// the closing the dossiers no legal duty keeps are kept (<see cref="DossierRetention"/>, decision 0032).
/// </summary>
public sealed record ProgrammeTerms(
    string Code,
    string Title,
    string Description,
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    IReadOnlyList<PhaseTerms> Phases,
    Phase ApplicationPhase,
    long EnvelopeCents,
    IReadOnlyList<string> Themes,
    IReadOnlyList<LeadStructureType> AllowedLeadTypes,
    IReadOnlyList<MaturityLevel> MaturityLevels,
    IReadOnlyList<ExpenseCategory> EligibleExpenses,
    IReadOnlyList<DossierSection> RequiredSections,
    bool EuropeanProvidersOnly = false,
    int? DecisionDueDays = null,
    int? MinSelfFinancingPercent = null,
    int CollectiveAllowancePercent = 0,
    int RetentionMonths = DossierRetention.DefaultMonths)
{
    public PhaseTerms? PhaseOf(Phase phase) => Phases.FirstOrDefault(p => p.Phase == phase);

    /// <summary>The most a dossier may request: the application phase's ceiling, raised for collective candidacies.</summary>
    public long CeilingCents(bool collective)
    {
        var max = PhaseOf(ApplicationPhase)?.MaxGrantCents ?? 0;
        return collective ? max + max * CollectiveAllowancePercent / 100 : max;
    }

    public long FloorCents => PhaseOf(ApplicationPhase)?.MinGrantCents ?? 0;
}
