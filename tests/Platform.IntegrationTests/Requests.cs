using Defis.Contracts.Submission.V1;
using Google.Protobuf.WellKnownTypes;
using Date = Google.Type.Date;

namespace Defis.Platform.IntegrationTests;

internal static class Requests
{
    public static CreateDossierRequest ValidDossier(string title = "Accueillir les parents allophones à l'école") => new()
    {
        ProgrammeCode = "CB21",
        Title = title,
        LeadStructureName = "Rectorat de l'académie de Lyon",
        LeadStructureType = LeadStructureType.StateOperator,
        ContactEmail = "equipe.projet@ac-lyon.fr",
    };

    /// <summary>The 2021 co-construction call's rules, opened yesterday and closing when the test needs it.</summary>
    public static ProgrammeTerms Cb21Like(DateTimeOffset closesAt) => new()
    {
        Code = "CB21",
        Title = "Appel à défis « co-construction »",
        Description = "Des administrations transforment une politique publique prioritaire en associant agents et usagers.",
        OpensAt = Timestamp.FromDateTimeOffset(DateTimeOffset.UtcNow.AddDays(-1)),
        ClosesAt = Timestamp.FromDateTimeOffset(closesAt),
        Phases =
        {
            new PhaseTerms { Phase = Phase.Exploration, StartsOn = new Date { Year = 2026, Month = 9, Day = 1 } },
            new PhaseTerms
            {
                Phase = Phase.Experimentation, StartsOn = new Date { Year = 2027, Month = 1, Day = 15 },
                MinGrantCents = 7_000_000, MaxGrantCents = 12_000_000,
            },
        },
        ApplicationPhase = Phase.Experimentation,
        EnvelopeCents = 300_000_000,
        Themes = { "Transition écologique", "Cohésion sociale et territoriale", "Relation aux usagers", "Travail et compétences des agents" },
        AllowedLeadTypes =
        {
            LeadStructureType.CentralAdministration, LeadStructureType.StateOperator,
            LeadStructureType.TerritorialAdministration, LeadStructureType.LocalAuthorityWithStateService,
        },
        MaturityLevels = { MaturityLevel.Framing, MaturityLevel.Tests, MaturityLevel.Prototyping, MaturityLevel.Deployment },
        EligibleExpenses = { ExpenseCategory.IntellectualServices, ExpenseCategory.CollaborativeDigitalTools, ExpenseCategory.InnovationTraining },
        RequiredSections = { System.Enum.GetValues<DossierSection>().Where(s => s != DossierSection.Unspecified) },
        EuropeanProvidersOnly = true,
        DecisionDueDays = 21,
        CollectiveAllowancePercent = 50,
    };

    public static DossierContent CompleteContent() => new()
    {
        Title = "Accueillir les parents allophones à l'école",
        LeadStructure = new LeadStructure { Name = "Rectorat de l'académie de Lyon", Type = LeadStructureType.StateOperator },
        ContactEmail = "equipe.projet@ac-lyon.fr",
        Theme = "Transition écologique",
        Maturity = MaturityLevel.Tests,
        Problem = "Les parents qui ne parlent pas français suivent mal la scolarité de leurs enfants.",
        Context = "Trois collèges du Rhône accueillent une forte part d'élèves allophones.",
        PriorityReform = "Égalité des chances à l'école.",
        ImpactForAgents = "Moins de temps perdu en traductions improvisées.",
        ImpactForUsers = "Des parents informés et associés aux décisions.",
        PriorActions = "Deux réunions traduites à titre d'essai en 2025.",
        LessonsLearnt = "Les parents viennent quand l'invitation est dans leur langue.",
        TeamMembers = { new TeamMember { Name = "Claire Martin", Role = "Cheffe de projet", Email = "claire.martin@ac-lyon.fr", IsPublicAgent = true } },
        Territories = { new Territory { Kind = TerritoryKind.Department, Code = "69" } },
        Budget = new Budget
        {
            Lines =
            {
                new BudgetLine
                {
                    Category = ExpenseCategory.IntellectualServices, Label = "Interprétariat et design de service", AmountCents = 10_000_000,
                    ProviderName = "Atelier Traduire", ProviderCountry = "FR",
                },
            },
            RequestedAmountCents = 9_000_000,
        },
        ActOfCandidacy = new ActOfCandidacy
        {
            SignatoryName = "Jean Dupont", Position = "Recteur", Level = SignatoryLevel.DirectorGeneral,
            SignedOn = new Date { Year = 2026, Month = 11, Day = 2 }, Signed = true,
        },
    };
}
