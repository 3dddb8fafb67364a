using Defis.Submission.Domain;

namespace Defis.Submission.UnitTests;

internal static class TestData
{
    public static readonly DateTimeOffset During2021Call = new(2021, 9, 20, 10, 0, 0, TimeSpan.FromHours(2));

    public static readonly Actor Lead = Actor.Applicant("agent-lyon", "lead@ac-lyon.fr");

    public static readonly Actor Staff = Actor.Staff("ditp-1");

    public static Programme Published(ProgrammeTerms terms)
    {
        var programme = Programme.Draft(terms, "ditp-1", terms.OpensAt.AddDays(-10));
        programme.Publish(terms.OpensAt.AddDays(-1));
        return programme;
    }

    public static Programme Call2021 => Published(ReferenceProgrammes.CoConstruction2021);

    public static Dossier Draft(DateTimeOffset? at = null) => Dossier.StartDraft("CB21", "Accueillir les parents allophones",
        "Rectorat de Lyon", LeadStructureType.StateOperator, "lead@ac-lyon.fr", Lead.UserId, at ?? During2021Call);

    public static DossierContent Complete2021(Budget? budget = null, IReadOnlyList<Partner>? partners = null,
        IReadOnlyList<Territory>? territories = null) => new(
        "Accueillir les parents allophones à l'école",
        new LeadStructure("Rectorat de l'académie de Lyon", LeadStructureType.StateOperator, "13002526500013"),
        "lead@ac-lyon.fr",
        "Relation aux usagers",
        new DossierDetails(
            MaturityLevel.Tests,
            new Narrative("Les parents qui ne lisent pas le français manquent les informations de l'école.",
                "Trois écoles du Rhône accueillent de nombreuses familles arrivées récemment.",
                "Égalité des chances à l'école",
                "Moins de temps passé à traduire au cas par cas.",
                "Des parents informés à temps, dans leur langue.",
                "Un premier livret traduit en quatre langues a été testé.",
                "Le papier seul ne suffit pas : il faut un relais oral."),
            partners ?? [],
            [new TeamMember("Claire Martin", "Cheffe de projet", "claire.martin@ac-lyon.fr", true)],
            territories ?? [new Territory(TerritoryKind.Department, "69")],
            budget ?? new Budget([
                new BudgetLine(ExpenseCategory.IntellectualServices, "Design de service", 80_000_00, "Atelier Commun", "FR"),
                new BudgetLine(ExpenseCategory.InnovationTraining, "Formation des agents", 20_000_00, "Institut Nord", "BE"),
            ], 90_000_00),
            new ActOfCandidacy("Jeanne Dupont", "Rectrice", SignatoryLevel.Director, new DateOnly(2021, 9, 15), true)));
}
