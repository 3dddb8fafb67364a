namespace Defis.Submission.Domain;

/// <summary>
/// The two calls the platform was built from, as reference data for demos and tests. Where the
/// announcements give no figure (an opening date, a time of day), the choice is ours and said here.
/// </summary>
public static class ReferenceProgrammes
{
    private const long Euro = 100;

    /// <summary>
    /// 2018–2019 call. Dossiers were due on 5 Nov 2018: we close at 23:59:59 that day, in winter time,
    /// while the call opened in summer time (1 Oct 2018, our choice: the texts give no date).
    /// </summary>
    public static ProgrammeTerms CartesBlanches2018 { get; } = new(
        Code: "DCB18",
        Title: "Défis Cartes Blanches",
        Description: "Des équipes d'agents publics proposent un défi d'intérêt général, le conçoivent en incubation puis l'expérimentent sur le terrain.",
        OpensAt: ParisDeadline.At(new DateOnly(2018, 10, 1), TimeOnly.MinValue),
        ClosesAt: ParisDeadline.At(new DateOnly(2018, 11, 5), new TimeOnly(23, 59, 59)),
        Phases:
        [
            new PhaseTerms(Phase.Exploration, new DateOnly(2018, 10, 1), new DateOnly(2018, 11, 5)),
            new PhaseTerms(Phase.Incubation, new DateOnly(2019, 3, 1), new DateOnly(2019, 6, 30), 0, 25_000 * Euro),
            new PhaseTerms(Phase.Experimentation, new DateOnly(2019, 9, 1), null, 150_000 * Euro, 250_000 * Euro),
        ],
        ApplicationPhase: Phase.Incubation,
        EnvelopeCents: 1_500_000 * Euro,
        Themes:
        [
            "Construire le service public avec ses bénéficiaires",
            "Faciliter l'accès aux droits",
            "Améliorer l'expérience et le parcours des usagers",
            "S'adapter aux risques émergents",
            "Aborder un problème sous un angle nouveau",
        ],
        AllowedLeadTypes: [LeadStructureType.CentralAdministration, LeadStructureType.StateOperator],
        MaturityLevels: [],
        EligibleExpenses: [],
        RequiredSections: [DossierSection.Problem, DossierSection.Team, DossierSection.Territories]);

    /// <summary>
    /// 2021 co-construction call: 70 k€–120 k€ per challenge as a guide; collective candidacies may go
    /// 50 % above (our reading, docs/decisions/0008); a decision within 21 days of filing.
    /// </summary>
    public static ProgrammeTerms CoConstruction2021 { get; } = new(
        Code: "CB21",
        Title: "Appel à défis « co-construction »",
        Description: "Des administrations, seules ou à plusieurs, transforment une politique publique prioritaire en associant agents et usagers.",
        OpensAt: ParisDeadline.At(new DateOnly(2021, 8, 23), TimeOnly.MinValue),
        ClosesAt: ParisDeadline.At(new DateOnly(2021, 10, 15), new TimeOnly(23, 59, 59)),
        Phases:
        [
            new PhaseTerms(Phase.Exploration, new DateOnly(2021, 8, 23), new DateOnly(2021, 10, 15)),
            new PhaseTerms(Phase.Experimentation, new DateOnly(2021, 9, 15), null, 70_000 * Euro, 120_000 * Euro),
        ],
        ApplicationPhase: Phase.Experimentation,
        EnvelopeCents: 3_000_000 * Euro,
        Themes:
        [
            "Transition écologique",
            "Cohésion sociale et territoriale",
            "Relation aux usagers",
            "Travail et compétences des agents",
        ],
        AllowedLeadTypes:
        [
            LeadStructureType.CentralAdministration, LeadStructureType.StateOperator,
            LeadStructureType.TerritorialAdministration, LeadStructureType.LocalAuthorityWithStateService,
        ],
        MaturityLevels: [MaturityLevel.Framing, MaturityLevel.Tests, MaturityLevel.Prototyping, MaturityLevel.Deployment],
        EligibleExpenses: [ExpenseCategory.IntellectualServices, ExpenseCategory.CollaborativeDigitalTools, ExpenseCategory.InnovationTraining],
        RequiredSections: Enum.GetValues<DossierSection>(),
        EuropeanProvidersOnly: true,
        DecisionDueDays: 21,
        CollectiveAllowancePercent: 50);

    public static IReadOnlyList<ProgrammeTerms> All { get; } = [CartesBlanches2018, CoConstruction2021];
}
