using Defis.Contracts.Submission.V1;
using Google.Protobuf.WellKnownTypes;
using Date = Google.Type.Date;
using Reference = Defis.Submission.Domain.ReferenceProgrammes;

namespace Defis.AppHost.Tests.EndToEnd;

/// <summary>
/// The 2021 co-construction call's terms (70–120 k€ for the experimentation, a decision within 21 days, European
/// providers only, every section required) under a code of its own, open now, and the two teams' dossiers.
/// </summary>
public static class WholeCallData
{
    public const string Theme = "Relation aux usagers";
    public const string FirstLead = "Direction générale des finances publiques";
    public const string SecondLead = "Préfecture de la Creuse";

    /// <summary>A code the demo seed never uses: "E2E" and six random upper-case letters or digits.</summary>
    public static string NewCode() => "E2E" + Convert.ToHexString(Guid.NewGuid().ToByteArray())[..6];

    /// <summary>
    /// <see cref="Reference.CoConstruction2021"/> (the reference data Submission's demo seed uses) as a contract, under
    /// <paramref name="code"/>, open since yesterday for 30 days, its phases begun, so the laureate's plan starts today.
    /// </summary>
    public static ProgrammeTerms Terms(string code, DateTimeOffset now)
    {
        var reference = Reference.CoConstruction2021;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new ProgrammeTerms
        {
            Code = code,
            Title = reference.Title + " (bout en bout)",
            Description = reference.Description,
            OpensAt = Timestamp.FromDateTimeOffset(now.AddDays(-1)),
            ClosesAt = Timestamp.FromDateTimeOffset(now.AddDays(30)),
            Phases =
            {
                reference.Phases.Select(p => new PhaseTerms
                {
                    Phase = Same<Phase>(p.Phase), StartsOn = DateOf(today.AddDays(-1)), EndsOn = p.EndsOn is null ? null : DateOf(today.AddDays(30)),
                    MinGrantCents = p.MinGrantCents, MaxGrantCents = p.MaxGrantCents,
                }),
            },
            ApplicationPhase = Same<Phase>(reference.ApplicationPhase),
            EnvelopeCents = reference.EnvelopeCents,
            Themes = { reference.Themes },
            AllowedLeadTypes = { reference.AllowedLeadTypes.Select(v => Same<LeadStructureType>(v)) },
            MaturityLevels = { reference.MaturityLevels.Select(v => Same<MaturityLevel>(v)) },
            EligibleExpenses = { reference.EligibleExpenses.Select(v => Same<ExpenseCategory>(v)) },
            RequiredSections = { reference.RequiredSections.Select(v => Same<DossierSection>(v)) },
            EuropeanProvidersOnly = reference.EuropeanProvidersOnly,
            DecisionDueDays = reference.DecisionDueDays!.Value,
            CollectiveAllowancePercent = reference.CollectiveAllowancePercent,
        };
    }

    /// <summary>The contract's value of a domain enum: both name their members alike.</summary>
    private static T Same<T>(System.Enum value) where T : struct, System.Enum => System.Enum.Parse<T>(value.ToString());

    public static CreateDossierRequest NewDossier(string code, DossierContent content) => new()
    {
        ProgrammeCode = code,
        Title = content.Title,
        LeadStructureName = content.LeadStructure.Name,
        LeadStructureType = content.LeadStructure.Type,
        ContactEmail = content.ContactEmail,
    };

    public static DossierContent FirstTeam(string code) => Complete(
        "Des courriers que l'on comprend du premier coup", FirstLead, LeadStructureType.CentralAdministration, Mailbox(code, "dgfip"), "75",
        "Un courrier sur trois déclenche un appel ou une visite pour en comprendre le sens.");

    public static DossierContent SecondTeam(string code) => Complete(
        "Former les agents d'accueil à l'accompagnement numérique", SecondLead, LeadStructureType.TerritorialAdministration, Mailbox(code, "creuse"), "23",
        "Les agents d'accueil aident chaque jour des usagers en difficulté avec le numérique sans y être formés.");

    /// <summary>
    /// The first team's first try: no problem statement, no territory, an unsigned act and a provider outside Europe.
    /// </summary>
    public static DossierContent Incomplete(DossierContent complete)
    {
        var content = complete.Clone();
        content.Problem = "";
        content.Territories.Clear();
        content.ActOfCandidacy.Signed = false;
        content.Budget.Lines[1].ProviderCountry = "US";
        return content;
    }

    public static readonly string[] IncompleteFields =
        ["actOfCandidacy.signed", "budget.lines[1].providerCountry", "problem", "territories"];

    private static string Mailbox(string code, string team) => $"equipe-{team}-{code.ToLowerInvariant()}@example.gouv.fr";

    private static DossierContent Complete(string title, string lead, LeadStructureType type, string email, string department, string problem) => new()
    {
        Title = title,
        LeadStructure = new LeadStructure { Name = lead, Type = type },
        ContactEmail = email,
        Theme = Theme,
        Maturity = MaturityLevel.Tests,
        Problem = problem,
        Context = $"Le constat vient des agents de terrain du département {department}, qui le rencontrent chaque semaine.",
        PriorityReform = "Simplification et qualité du service rendu aux usagers.",
        ImpactForAgents = "Moins de tâches répétitives et un travail qui a plus de sens.",
        ImpactForUsers = "Un service plus simple, plus rapide et mieux compris.",
        PriorActions = "Des entretiens avec des usagers et un premier essai à petite échelle.",
        LessonsLearnt = "Associer les usagers dès le début évite de construire la mauvaise solution.",
        TeamMembers = { new TeamMember { Name = "Claire Martin", Role = "Cheffe de projet", Email = email, IsPublicAgent = true } },
        Territories = { new Territory { Kind = TerritoryKind.Department, Code = department } },
        Budget = new Budget
        {
            Lines =
            {
                new BudgetLine
                {
                    Category = ExpenseCategory.IntellectualServices, Label = "Design de service et animation", AmountCents = 10_000_000,
                    ProviderName = "Atelier Commun", ProviderCountry = "FR",
                },
                new BudgetLine
                {
                    Category = ExpenseCategory.InnovationTraining, Label = "Formation des agents aux méthodes d'innovation", AmountCents = 2_000_000,
                    ProviderName = "Institut Nord", ProviderCountry = "BE",
                },
            },
            RequestedAmountCents = 10_000_000,
        },
        ActOfCandidacy = new ActOfCandidacy
        {
            SignatoryName = "Direction de la structure", Position = "Directrice", Level = SignatoryLevel.Director,
            SignedOn = DateOf(DateOnly.FromDateTime(DateTime.UtcNow)), Signed = true,
        },
    };

    private static Date DateOf(DateOnly day) => new() { Year = day.Year, Month = day.Month, Day = day.Day };
}
